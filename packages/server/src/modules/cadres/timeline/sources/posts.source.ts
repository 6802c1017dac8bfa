import type { TimelineEntry } from '@dandang/shared/cadres/timeline.schema';
import { listPosts } from '../../posts.repository';
import type { TimelineSource } from '../timeline.registry';

/** 任职经历: a post's start, and its end when it has one. */
export const postsSource: TimelineSource = {
  source: 'posts',
  label: '任职经历',
  permission: 'cadre.read',
  async entries(db, cadreId, scope) {
    return (await listPosts(db, cadreId, scope)).flatMap((p) => {
      const where = `${p.unitName}${p.isKey ? '（关键岗位）' : ''}`;
      const entries: TimelineEntry[] = [{ date: p.startedOn, kind: 'posts.start', title: `任${p.post}`, detail: where, source: 'posts' }];
      if (p.endedOn) entries.push({ date: p.endedOn, kind: 'posts.end', title: `${p.post}任职结束`, detail: `${where}，${p.startedOn} 起任`, source: 'posts' });
      return entries;
    });
  },
};
