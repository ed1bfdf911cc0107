using System.Text.RegularExpressions;

namespace EntityExtract.Tests.Architecture;

/// <summary>
/// Which parts of the library, and which folders inside a part, a C# source file names. Reading
/// the text rather than compiled metadata keeps the check free of a build and sees a reference
/// even where the compiler would inline it (constants, nameof).
/// </summary>
internal static partial class SourceReferences
{
    /// <summary>The source with comments and string literals blanked, so that prose naming a part is no arrow.</summary>
    public static string CodeOf(string source) => CommentOrString().Replace(source, " ");

    /// <summary>The types a file declares at its top level (nested types are reached through these).</summary>
    public static IEnumerable<string> DeclaredTypes(string source) =>
        TopLevelType().Matches(CodeOf(source)).Select(m => m.Groups[1].Value);

    /// <summary>
    /// The other parts a file names: by a using directive, by a qualified namespace, or by a
    /// part-qualified type name such as <c>Input.TextPiece</c>.
    /// </summary>
    public static IEnumerable<string> ReferencedParts(string source, string from, IReadOnlyList<string> parts, IReadOnlyDictionary<string, HashSet<string>> types, Func<string, string, bool> isFolder)
    {
        var code = CodeOf(source);
        foreach (var part in parts.Where(p => p != from))
        {
            var qualified = new Regex($@"\bEntityExtract\.{part}\b");
            var shortQualified = new Regex($@"(?<![\w.]){part}\.([A-Z]\w*)");
            if (qualified.IsMatch(code)
                || shortQualified.Matches(code).Any(m => types[part].Contains(m.Groups[1].Value) || isFolder(part, m.Groups[1].Value)))
            {
                yield return part;
            }
        }
    }

    /// <summary>
    /// The other folders of <paramref name="part"/> that a file in folder <paramref name="from"/>
    /// names. A folder is the part's name for the files at its top, else the subfolder's name.
    /// Inside a part the parent namespace is in scope, so besides a using or a qualified name a
    /// plain type name declared in another folder is a reference too.
    /// </summary>
    public static IEnumerable<string> ReferencedFolders(string source, string part, string from, IReadOnlyDictionary<string, HashSet<string>> types)
    {
        var code = CodeOf(source);
        var names = Identifier().Matches(code).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (folder, declared) in types)
        {
            if (folder == from)
            {
                continue;
            }

            var byName = names.Any(n => declared.Contains(n) && !types[from].Contains(n));
            var byNamespace = folder != part
                && (new Regex($@"\bEntityExtract\.{part}\.{folder}\b").IsMatch(code)
                    || new Regex($@"(?<![\w.]){folder}\.([A-Z]\w*)").Matches(code).Any(m => declared.Contains(m.Groups[1].Value)));
            if (byName || byNamespace)
            {
                yield return folder;
            }
        }
    }

    [GeneratedRegex(@"^(?:(?:public|internal|file|static|sealed|abstract|partial|readonly|ref|unsafe)\s+)*(?:class|struct|record|interface|enum)\s+(?:struct\s+|class\s+)?([A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    /// <summary>A name not reached through a dot: a type is named this way, a member is not.</summary>
    [GeneratedRegex(@"(?<![\w.@])[A-Z]\w*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""""""[\s\S]*?""""""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
