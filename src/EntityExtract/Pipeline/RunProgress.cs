namespace EntityExtract.Pipeline;

/// <summary>
/// How far a run has got: bytes read (the measure of work, so one large file moves the figure
/// piece by piece) and, as a second figure, whole files done.
/// </summary>
public readonly record struct RunProgress(long BytesDone, int FilesDone, int FilesTotal);
