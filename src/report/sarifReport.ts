// SARIF 2.1.0 for code hosts (GitHub code scanning, GitLab, Azure DevOps): one rule per legal
// category, one result per file and category with the items counted there. A result carries
// counts only — never a value, not even a masked one — so uploading it discloses nothing
// beyond the JSON report. The level follows the verdict of the whole scan, because the law
// counts across files: a file with 3 items is part of a serious case if the scan is.
import type * as Sarif from 'sarif';
import type { Report } from './jsonReport.js';
import { fileItems, levelsOf, problemsOf } from './summary.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export function renderSarif(r: Report): Sarif.Log {
  const level = sarifLevel(r);
  const verdict = `scan level ${r.assessment.level}`;
  const rules: Sarif.ReportingDescriptor[] = r.categories.map((c) => ({
    id: c.id,
    name: pascalCase(c.id),
    shortDescription: { text: `${c.name} (${c.id}, tier ${c.tier})` },
    fullDescription: {
      text: `Personal records of category ${c.id} (${c.name}), tier ${c.tier} of PRC Criminal Law Art. 253-1 / 法释〔2017〕10号 Art. 5: "serious" at ${c.threshold} items of the tier.`,
    },
    defaultConfiguration: { level: 'warning' },
    properties: { tier: c.tier, threshold: c.threshold, tags: ['privacy', 'personal-information', `tier-${c.tier}`] },
  }));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results: Sarif.Result[] = r.files.flatMap((f) => {
    const where = fileItems(f) > 0 ? [location(f.path)] : [];
    return r.categories
      .filter((c) => (f.items[c.id] ?? 0) > 0)
      .map((c) => {
        const items = f.items[c.id]!;
        return {
          ruleId: c.id,
          ruleIndex: ruleIndex.get(c.id),
          level,
          message: { text: `${items} ${c.id} item${items === 1 ? '' : 's'} (${c.name}) in this file, ${c.items} in the scan; ${verdict}` },
          locations: where,
          // Stable across runs so a code host tracks the same finding; no more than the uri says.
          partialFingerprints: { 'piscanFileCategory/v1': `${c.id}:${f.path}` },
          properties: { items, tier: c.tier, personalRecords: f.personalRecords },
        };
      });
  });
  const notifications: Sarif.Notification[] = problemsOf(r).map((p) => ({
    level: 'warning',
    message: { text: p.reason },
    locations: [location(p.path)],
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'piscan', version: r.tool.version, semanticVersion: r.tool.version, rules } },
        invocations: [{ executionSuccessful: true, startTimeUtc: r.scan.startedAt, endTimeUtc: r.scan.finishedAt, toolExecutionNotifications: notifications }],
        results,
        properties: {
          roots: r.scan.roots,
          persons: r.persons,
          policy: r.policy.id,
          level: r.assessment.level,
          combinedRatio: r.assessment.combinedRatio,
          reasons: r.assessment.reasons,
          disclaimer: r.assessment.disclaimer,
        },
      },
    ],
  };
}

/** The highest level of the policy is an error, any lower one a warning, none a note. */
export function sarifLevel(r: Report): Sarif.Result.level {
  if (r.assessment.level === 'none') return 'note';
  const ids = levelsOf(r).map((l) => l.id);
  return ids.indexOf(r.assessment.level) === ids.length - 1 ? 'error' : 'warning';
}

/** Paths are relative to the scan root; each segment is percent-encoded so `#`, spaces and Chinese survive. */
function location(path: string): Sarif.Location {
  const uri = path.split('/').map(encodeURIComponent).join('/');
  return { physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } };
}

function pascalCase(id: string): string {
  return id.replace(/(^|_)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
}
