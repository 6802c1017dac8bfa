/** The foundation's minimal cadre record (contract: Cadres); the registry module extends it later. */
export interface Cadre {
  id: string;
  name: string;
  gender: string;
  birthDate: string;
  ethnicity: string;
  education: string;
  politicalStatus: string;
  unitId: string;
  unitName: string;
  post: string;
  rank: string;
  /** Present on GET /cadres/:id. */
  phone?: string;
  version: number;
}

export interface CadrePatch {
  post?: string;
  rank?: string;
  phone?: string;
  version: number;
}
