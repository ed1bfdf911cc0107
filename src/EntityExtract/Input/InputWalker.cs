namespace EntityExtract.Input;

/// <summary>
/// Turns the paths given on the command line into the list of files to read. Nothing here
/// throws for a bad path: missing arguments and unreadable files or folders are reported in
/// the <see cref="WalkResult"/>.
/// </summary>
public static class InputWalker
{
    public static WalkResult Walk(IReadOnlyList<string> paths, WalkOptions options) =>
        Walk(paths, options, CancellationToken.None);

    /// <summary>
    /// Walks <paramref name="paths"/>: <c>-</c> is stdin, a file is taken as named (patterns
    /// do not apply to it), a folder is walked recursively through the patterns.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellation"/> fires.</exception>
    public static WalkResult Walk(IReadOnlyList<string> paths, WalkOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var collector = new WalkCollector(mayRepeat: paths.Count > 1);
        GlobFilter? filter = null;
        foreach (var path in paths)
        {
            cancellation.ThrowIfCancellationRequested();
            if (path == InputFile.StdinPath)
            {
                collector.AddFile(InputFile.Stdin);
                continue;
            }

            var (kind, fullPath, reason) = PathKind.Of(path);
            switch (kind)
            {
                case PathKind.Kind.Missing:
                    collector.AddMissing(RawNames.Show(path));
                    break;
                case PathKind.Kind.Unreadable:
                    collector.AddProblem(new InputProblem(path, reason!));
                    break;
                case PathKind.Kind.File:
                    collector.AddFile(new InputFile(RawNames.Show(path), fullPath) { IsExplicit = true });
                    break;
                case PathKind.Kind.Folder:
                    filter ??= new GlobFilter(options);
                    new FolderWalk(RawNames.Show(path), fullPath!, options.FollowLinks, collector, cancellation).Run(filter);
                    break;
            }
        }

        return collector.ToResult();
    }
}
