import { cadrePostSchema, createPostBody, deletePostQuery, updatePostBody } from '@dandang/shared/cadres/cadre.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { createPost, deletePost, listPosts, updatePost } from './posts.service';

const tags = ['cadres'];

/** 任职经历 routes; registered by `cadreRoutes`, so the app composes the cadre registry with one call. */
export function postRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/cadres/:id/posts',
      { schema: { tags, summary: '任职经历', params: idParam, response: { 200: z.array(cadrePostSchema) } }, config: { permission: 'cadre.read' } },
      (req) => listPosts(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/cadres/:id/posts',
      {
        schema: { tags, summary: '新增任职经历', params: idParam, body: createPostBody, response: { 200: cadrePostSchema } },
        config: { permission: 'cadre.write' },
      },
      (req) => createPost(db, req.ctx, req.params.id, req.body),
    );
    r.patch(
      '/api/v1/posts/:id',
      {
        schema: { tags, summary: '修改任职经历（须带读取时的 version）', params: idParam, body: updatePostBody, response: { 200: cadrePostSchema } },
        config: { permission: 'cadre.write' },
      },
      (req) => updatePost(db, req.ctx, req.params.id, req.body),
    );
    r.delete(
      '/api/v1/posts/:id',
      { schema: { tags, summary: '删除任职经历', params: idParam, querystring: deletePostQuery }, config: { permission: 'cadre.write' } },
      async (req, reply) => {
        await deletePost(db, req.ctx, req.params.id, req.query.version);
        return reply.status(204).send();
      },
    );
  };
}
