/** The registry's contract (packages/shared/src/cadres/cadre.schema.ts), as the web app uses it. */
export type {
  Cadre,
  CadreListItem,
  CadrePost,
  CreateCadreBody,
  CreatePostBody,
  UpdateCadreBody as CadrePatch,
  UpdatePostBody as PostPatch,
} from '@dandang/shared/cadres/cadre.schema';
