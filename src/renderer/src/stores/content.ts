import { create } from 'zustand';
import type { Post } from '../../../shared/content';
import { request } from '../api/client';

interface ContentState {
  /** The pilot the posts belong to. */
  pilotId: number | null;
  /** Every member's posts, as posts.list orders them. */
  posts: Post[];
  loading: boolean;
  error: string | null;
  /** Who reviewed last in this session, offered again in the next review. */
  reviewer: string;
  /** Reloads the pilot's posts; other tabs may call it after a change of their own. */
  refresh(pilotId: number | null): Promise<void>;
  /** Puts a post the core sent back (saved or reviewed) in place, or adds it. */
  putPost(post: Post): void;
  dropPost(id: number): void;
  setReviewer(name: string): void;
}

export const useContent = create<ContentState>()((set, get) => ({
  pilotId: null,
  posts: [],
  loading: false,
  error: null,
  reviewer: '',
  refresh: async (pilotId) => {
    // Another pilot's posts must not show under this one's name while its own load.
    set({ pilotId, loading: pilotId !== null, error: null, ...(get().pilotId === pilotId ? {} : { posts: [] }) });
    if (pilotId === null) return;
    try {
      const posts = await request('posts.list', { pilotId });
      if (get().pilotId === pilotId) set({ posts, loading: false });
    } catch (err) {
      if (get().pilotId === pilotId) set({ loading: false, error: (err as Error).message });
    }
  },
  putPost: (post) => {
    if (post.pilotId !== get().pilotId) return;
    const posts = get().posts;
    set({
      posts: posts.some((p) => p.id === post.id) ? posts.map((p) => (p.id === post.id ? post : p)) : [...posts, post],
    });
  },
  dropPost: (id) => set({ posts: get().posts.filter((p) => p.id !== id) }),
  setReviewer: (reviewer) => set({ reviewer }),
}));
