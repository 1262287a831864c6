/**
 * Reading a page's Content-Security-Policy, shared by csp.test.ts (the source pages) and
 * officeJsBuild.test.ts (the pages webpack builds).
 */
export type Policy = Map<string, string[]>;

/**
 * The policy of a page's <meta http-equiv="Content-Security-Policy">, and where it stands. Attribute
 * quotes are optional (production builds minify the page).
 */
export function metaPolicies(html: string): { policy: Policy; index: number }[] {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].filter((m) =>
    /http-equiv\s*=\s*["']?content-security-policy["']?(?=[\s/>])/i.test(m[0]),
  );
  return metas.map((m) => {
    const content =
      /\bcontent\s*=\s*"([^"]*)"/i.exec(m[0])?.[1] ?? /\bcontent\s*=\s*'([^']*)'/i.exec(m[0])?.[1] ?? "";
    return { policy: parsePolicy(content), index: m.index ?? -1 };
  });
}

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/**
 * Sources a directive may list: 'self' and 'none' anywhere; 'unsafe-inline' only for styles (Fluent
 * UI's Griffel inserts style rules at run time); data: only for images and fonts. Everything else
 * (hosts, schemes, *, 'unsafe-eval', inline scripts) is refused.
 */
export function refusedSources(policy: Policy): string[] {
  const out: string[] = [];
  for (const [directive, sources] of policy) {
    for (const source of sources) {
      const ok =
        source === "'self'" ||
        source === "'none'" ||
        (source === "'unsafe-inline'" && directive === "style-src") ||
        (source === "data:" && ["img-src", "font-src"].includes(directive));
      if (!ok) out.push(`${directive} ${source}`);
    }
  }
  return out;
}
