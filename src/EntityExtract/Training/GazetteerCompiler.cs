using EntityExtract.Tagging.Features;

namespace EntityExtract.Training;

/// <summary>
/// Compiles a folder of name lists into a <see cref="Gazetteer"/>: one list per <c>*.txt</c> file
/// (ordinal file-name order, so list numbers are stable), entries split on whitespace and hashed
/// lower-cased token by token, every proper prefix marked so matching can stop early.
/// </summary>
internal static class GazetteerCompiler
{
    public static Gazetteer Compile(string directory)
    {
        var files = Directory.GetFiles(directory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length > Gazetteer.MaxLists)
        {
            throw new ArgumentException($"At most {Gazetteer.MaxLists} gazetteer lists are supported; '{directory}' has {files.Length}.");
        }

        var masks = new Dictionary<ulong, uint>();
        var order = new List<ulong>();
        var names = new string[files.Length];
        for (var list = 0; list < files.Length; list++)
        {
            names[list] = Path.GetFileNameWithoutExtension(files[list]);
            foreach (var line in File.ReadLines(files[list]))
            {
                AddEntry(line, 1u << list, masks, order);
            }
        }

        var keys = order.ToArray();
        var values = new uint[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = masks[keys[i]];
        }

        return new Gazetteer(names, keys, values);
    }

    private static void AddEntry(string line, uint bit, Dictionary<ulong, uint> masks, List<ulong> order)
    {
        var entry = line.AsSpan().Trim();
        if (entry.IsEmpty || entry[0] == '#')
        {
            return;
        }

        Span<Range> parts = stackalloc Range[Gazetteer.MaxEntryTokens + 1];
        var count = entry.SplitAny(parts, " \t", StringSplitOptions.RemoveEmptyEntries);
        if (count == 0 || count > Gazetteer.MaxEntryTokens)
        {
            return;
        }

        var sequence = Gazetteer.EmptySequence;
        for (var i = 0; i < count; i++)
        {
            sequence = FeatureHash.Extend(sequence, FeatureHash.LowerChars(entry[parts[i]]));
            Set(masks, order, sequence, i == count - 1 ? bit : Gazetteer.PrefixBit);
        }
    }

    private static void Set(Dictionary<ulong, uint> masks, List<ulong> order, ulong key, uint bit)
    {
        if (masks.TryGetValue(key, out var mask))
        {
            masks[key] = mask | bit;
        }
        else
        {
            masks[key] = bit;
            order.Add(key);
        }
    }
}
