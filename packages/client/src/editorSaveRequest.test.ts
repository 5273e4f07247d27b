import { describe, expect, it } from 'vitest';
import { editorSaveRequest } from './query.js';

describe('editorSaveRequest', () => {
  it('creates a development goal with its kind and competencies, as the growth plan drafted it', () => {
    const request = editorSaveRequest({
      objective: {
        title: 'Grow presenting by giving two team demos',
        ownerId: 'ana',
        cycleId: 'q1',
        parentId: null,
        visibility: 'private',
        kind: 'development',
        competencyIds: ['presenting'],
        keyResults: [{ title: 'Team demos given', type: 'increase', start: 0, target: 2 }],
      },
    });
    expect(request).toEqual({
      create: {
        title: 'Grow presenting by giving two team demos',
        ownerId: 'ana',
        cycleId: 'q1',
        visibility: 'private',
        kind: 'development',
        competencyIds: ['presenting'],
        keyResults: [{ title: 'Team demos given', type: 'increase', start: 0, target: 2 }],
      },
    });
  });

  it('sends no competencies for a standard goal', () => {
    const request = editorSaveRequest({
      objective: { title: 'Win the SMB market', ownerId: 'ana', cycleId: 'q1', parentId: null, keyResults: [] },
    });
    expect(request).toEqual({ create: { title: 'Win the SMB market', ownerId: 'ana', cycleId: 'q1', keyResults: [] } });
  });
});
