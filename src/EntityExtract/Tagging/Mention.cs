using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging;

/// <summary>
/// One entity mention found in a document. <see cref="Start"/> and <see cref="End"/> are UTF-16
/// offsets into the decoded text (end exclusive); tokens are indexes into the document's tokens.
/// </summary>
public readonly record struct Mention(int Start, int End, int FirstToken, int TokenCount, EntityType Type, float Score);
