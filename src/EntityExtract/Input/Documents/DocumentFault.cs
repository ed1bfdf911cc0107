namespace EntityExtract.Input.Documents;

/// <summary>
/// Why a document could not be read (encrypted, corrupt, truncated, over a limit), in words for
/// the user's one stderr line. Thrown by the extractors and caught once, in
/// <see cref="DocumentReader"/>.
/// </summary>
internal sealed class DocumentFault(string reason) : Exception(reason);
