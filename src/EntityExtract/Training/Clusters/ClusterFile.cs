using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EntityExtract.Training.Clusters;

/// <summary>
/// Reads and writes the classic "paths" format of Brown clusters: one line per word,
/// <c>bits TAB word TAB count</c>, in <see cref="ClusterResult"/> order, '\n' line ends, UTF-8.
/// </summary>
public static class ClusterFile
{
    public static void Write(ClusterResult clusters, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (ClusterEntry entry in clusters.Entries)
        {
            writer.Write(entry.Bits);
            writer.Write('\t');
            writer.Write(entry.Word);
            writer.Write('\t');
            writer.Write(entry.Count.ToString(CultureInfo.InvariantCulture));

            // Not WriteLine: the newline must not depend on the platform, or files would differ in bytes.
            writer.Write('\n');
        }
    }

    public static ClusterResult Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader);
    }

    public static ClusterResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<ClusterEntry>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            entries.Add(ParseLine(line, lineNumber));
        }

        return new ClusterResult(entries);
    }

    private static ClusterEntry ParseLine(string line, int lineNumber)
    {
        ReadOnlySpan<char> rest = line;
        int tab = rest.IndexOf('\t');
        if (tab <= 0)
        {
            ThrowBadLine(lineNumber, "expected bits, word and count separated by tabs");
        }

        ReadOnlySpan<char> bits = rest[..tab];
        if (bits.ContainsAnyExcept('0', '1'))
        {
            ThrowBadLine(lineNumber, "the bit string may hold only '0' and '1'");
        }

        rest = rest[(tab + 1)..];
        tab = rest.LastIndexOf('\t');
        long count = 0;
        if (tab <= 0 || !long.TryParse(rest[(tab + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            ThrowBadLine(lineNumber, "expected a word and a non-negative count");
        }

        return new ClusterEntry(bits.ToString(), rest[..tab].ToString(), count);
    }

    [DoesNotReturn]
    private static void ThrowBadLine(int lineNumber, string reason) =>
        throw new FormatException($"Cluster file line {lineNumber}: {reason}.");
}
