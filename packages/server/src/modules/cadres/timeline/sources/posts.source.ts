import { listPosts } from '../../posts.repository';
import type { TimelineSource } from '../timeline.registry';

/** 任职经历: each post, dated the day it began. */
export const postsSource: TimelineSource = {
  source: 'posts',
  label: '任职经历',
  permission: 'cadre.read',
  async entries(db, cadreId, scope) {
    // One entry per post, on the day it began: its end is the next post's beginning, so a second entry adds only noise.
    return (await listPosts(db, cadreId, scope)).map((p) => ({
      date: p.startedOn,
      kind: p.endedOn ? 'posts.held' : 'posts.current',
      title: `任${p.post}`,
      detail: `${p.unitName}${p.isKey ? '（关键岗位）' : ''}，${p.startedOn} 至 ${p.endedOn ?? '今'}`,
      source: 'posts',
    }));
  },
};
