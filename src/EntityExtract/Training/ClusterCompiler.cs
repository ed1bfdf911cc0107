using System.Globalization;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Training;

/// <summary>
/// Compiles a Brown-cluster file (<c>bitstring TAB word TAB count</c>) into a <see cref="ClusterTable"/>.
/// Words are keyed as written; a lower-cased key is added for the most frequent spelling of each
/// word that has none of its own, so "APPLE" and "Apple" fall back to "apple"'s cluster.
/// </summary>
internal static class ClusterCompiler
{
    public static ClusterTable Compile(string path, int minCount)
    {
        var entries = new List<(string Word, uint Path, byte Length, long Count)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[0].Length == 0 || !IsBits(parts[0]))
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'bitstring<TAB>word<TAB>count'.");
            }

            var count = parts.Length > 2 && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : minCount;
            if (count < minCount)
            {
                continue;
            }

            var length = Math.Min(parts[0].Length, ClusterTable.MaxPathBits);
            var bits = 0u;
            for (var i = 0; i < length; i++)
            {
                bits = (bits << 1) | (uint)(parts[0][i] - '0');
            }

            // Left-align so a prefix of k bits is always bits >> (MaxPathBits - k).
            bits <<= ClusterTable.MaxPathBits - length;
            entries.Add((parts[1], bits, (byte)length, count));
        }

        var rows = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var paths = new List<uint>();
        var lengths = new List<byte>();
        foreach (var entry in entries)
        {
            Add(FeatureHash.NonZero(FeatureHash.Chars(entry.Word)), entry, rows, keys, paths, lengths);
        }

        var byCount = entries.Select((e, i) => (e, i)).OrderByDescending(p => p.e.Count).ThenBy(p => p.i);
        foreach (var (entry, _) in byCount)
        {
            Add(FeatureHash.NonZero(FeatureHash.LowerChars(entry.Word)), entry, rows, keys, paths, lengths);
        }

        return new ClusterTable([.. keys], [.. paths], [.. lengths]);
    }

    private static void Add(ulong key, (string Word, uint Path, byte Length, long Count) entry, Dictionary<ulong, int> rows, List<ulong> keys, List<uint> paths, List<byte> lengths)
    {
        if (rows.TryAdd(key, keys.Count))
        {
            keys.Add(key);
            paths.Add(entry.Path);
            lengths.Add(entry.Length);
        }
    }

    private static bool IsBits(string text)
    {
        foreach (var c in text)
        {
            if (c is not ('0' or '1'))
            {
                return false;
            }
        }

        return true;
    }
}
