/** The folder the core writes exports to when no path is given: "exports" beside the workspace file. */
export function exportsFolder(workspacePath: string | undefined): string {
  if (!workspacePath) return 'the exports folder next to the workspace file';
  const cut = Math.max(workspacePath.lastIndexOf('/'), workspacePath.lastIndexOf('\\'));
  const sep = workspacePath.charAt(cut) || '/';
  return `${workspacePath.slice(0, cut)}${sep}exports`;
}
