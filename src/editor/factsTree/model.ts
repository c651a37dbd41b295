// The nodes of the Summits and Leaders tree, built from the fact index on demand. Every node's id
// comes from the data it shows (entity ids, fact file paths, mention ids), so that the tree keeps its
// expansion and selection across refreshes and a node can be found again to be revealed.
import type { KnowledgeBase } from '../../core/knowledgeBase/knowledgeBase';
import type { Event } from '../../core/knowledgeBase/schema';
import type { Problem } from '../../core/problems';
import type { Attendance, Evidence, FactIndex, LeaderSummary, SummitSummary } from '../../core/workspace/factIndex';

export type RootKind = 'summits' | 'leaders' | 'attention';

interface NodeBase {
  id: string;
  parent?: FactsNode;
}

export interface RootNode extends NodeBase {
  kind: 'root';
  root: RootKind;
  count: number;
}

export interface SummitNode extends NodeBase {
  kind: 'summit';
  summit: SummitSummary;
}

export interface LeaderNode extends NodeBase {
  kind: 'leader';
  leader: LeaderSummary;
}

/** A person at a summit: under the summit (labelled with the person) or under the leader (with the summit). */
export interface AttendanceNode extends NodeBase {
  kind: 'attendance';
  attendance: Attendance;
  summit: SummitSummary;
  under: 'summit' | 'leader';
}

/** The quotes that establish a summit itself (its place and date), grouped under it. */
export interface SummitEvidenceNode extends NodeBase {
  kind: 'summitEvidence';
  summit: SummitSummary;
}

export interface EvidenceNode extends NodeBase {
  kind: 'evidence';
  evidence: Evidence;
}

export interface InvalidFactFileNode extends NodeBase {
  kind: 'invalidFactFile';
  factFilePath: string;
  problems: Problem[];
}

export type FactsNode = RootNode | SummitNode | LeaderNode | AttendanceNode | SummitEvidenceNode | EvidenceNode | InvalidFactFileNode;

export class FactsModel {
  constructor(
    private readonly index: FactIndex,
    private readonly knowledgeBase: () => KnowledgeBase,
  ) {}

  /** No roots at all when nothing is annotated and nothing needs attention: the welcome shows. */
  roots(): RootNode[] {
    const attention = this.index.invalid().length + this.index.orphans().length;
    const roots: RootNode[] = [];
    if (!this.index.isEmpty()) {
      const kb = this.knowledgeBase();
      roots.push(
        { kind: 'root', root: 'summits', id: 'summits', count: this.index.summits(kb).length },
        { kind: 'root', root: 'leaders', id: 'leaders', count: this.index.leaders(kb).length },
      );
    }
    if (attention > 0) roots.push({ kind: 'root', root: 'attention', id: 'attention', count: attention });
    return roots;
  }

  children(node: FactsNode | undefined): FactsNode[] {
    if (!node) return this.roots();
    const kb = this.knowledgeBase();
    switch (node.kind) {
      case 'root':
        if (node.root === 'summits') return this.index.summits(kb).map((summit) => summitNode(summit, node));
        if (node.root === 'leaders') return this.index.leaders(kb).map((leader) => leaderNode(leader, node));
        return [
          ...this.index.invalid().map(({ factFilePath, problems }): InvalidFactFileNode => ({
            kind: 'invalidFactFile',
            id: `attention/invalid/${factFilePath}`,
            factFilePath,
            problems,
            parent: node,
          })),
          // Orphaned mentions, for review: re-attach them with the quick fix in the article.
          ...this.index.orphans().map((evidence): EvidenceNode => ({ kind: 'evidence', id: `attention/orphan/${evidence.articlePath}#${evidence.mention.id}`, evidence, parent: node })),
        ];
      case 'summit':
        return [
          ...node.summit.attendances.map((attendance): AttendanceNode => ({
            kind: 'attendance',
            id: `${node.id}/person/${attendance.person}`,
            attendance,
            summit: node.summit,
            under: 'summit',
            parent: node,
          })),
          // What establishes the summit itself comes after the people at it.
          ...(node.summit.evidence.length > 0 ? [{ kind: 'summitEvidence', id: `${node.id}/evidence`, summit: node.summit, parent: node } as const] : []),
        ];
      case 'summitEvidence':
        return evidenceNodes(node.summit.evidence, node);
      case 'leader': {
        const summits = new Map(this.index.summits(kb).map((s) => [s.key, s]));
        return node.leader.attendances.flatMap((attendance): AttendanceNode[] => {
          const summit = summits.get(attendance.event);
          return summit ? [{ kind: 'attendance', id: `${node.id}/summit/${summit.key}`, attendance, summit, under: 'leader', parent: node }] : [];
        });
      }
      case 'attendance':
        return evidenceNodes(node.attendance.evidence, node);
      case 'evidence':
      case 'invalidFactFile':
        return [];
    }
  }

  /** The leader node of a person, or the summit node of an event, as the tree shows it now. */
  nodeOf(entityId: string): SummitNode | LeaderNode | undefined {
    const root = this.roots().find((r) => r.root === (entityId.startsWith('event:') ? 'summits' : 'leaders'));
    if (!root) return undefined;
    return this.children(root).find(
      (n): n is SummitNode | LeaderNode => (n.kind === 'summit' && n.summit.key === entityId) || (n.kind === 'leader' && n.leader.person === entityId),
    );
  }

  nameOf(id: string): string {
    return this.knowledgeBase().get(id)?.name ?? id;
  }

  /** The kind of a knowledge-base event (summit, meeting…); undefined for a summit the knowledge base does not know. */
  eventKindOf(id: string): Event['kind'] | undefined {
    const entity = this.knowledgeBase().get(id);
    return entity?.type === 'event' ? entity.kind : undefined;
  }
}

function summitNode(summit: SummitSummary, parent: RootNode): SummitNode {
  return { kind: 'summit', id: `summit/${summit.key}`, summit, parent };
}

function leaderNode(leader: LeaderSummary, parent: RootNode): LeaderNode {
  return { kind: 'leader', id: `leader/${leader.person}`, leader, parent };
}

/** One node per cited mention; a mention cited twice (a hand-edited duplicate fact) shows once. */
function evidenceNodes(evidence: readonly Evidence[], parent: FactsNode): EvidenceNode[] {
  const nodes = new Map<string, EvidenceNode>();
  for (const e of evidence) {
    const id = `${parent.kind === 'summitEvidence' ? parent.id : `${parent.id}/evidence`}/${e.articlePath}#${e.mention.id}`;
    if (!nodes.has(id)) nodes.set(id, { kind: 'evidence', id, evidence: e, parent });
  }
  return [...nodes.values()];
}
