namespace EntityExtract.Cli.Commands;

/// <summary><c>--progress</c>: auto draws the live line only when stderr is a terminal.</summary>
internal enum ProgressMode
{
    Auto,
    Always,
    Never,
}
