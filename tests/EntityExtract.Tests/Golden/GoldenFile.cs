namespace EntityExtract.Tests.Golden;

/// <summary>
/// Compares output with a file kept in the repository. A difference fails with a line diff;
/// the files are regenerated only on purpose, by running the tests with
/// <c>ENTITY_EXTRACT_UPDATE_GOLDEN=1</c> and reviewing the change before committing it.
/// </summary>
internal static class GoldenFile
{
    public static void Check(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("ENTITY_EXTRACT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with ENTITY_EXTRACT_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            Assert.Fail($"output differs from {path} (regenerate with ENTITY_EXTRACT_UPDATE_GOLDEN=1 if the change is intended):\n{Diff(expected, actual)}");
        }
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(e.Length, a.Length) && lines.Count < 40; i++)
        {
            var left = i < e.Length ? e[i] : "<none>";
            var right = i < a.Length ? a[i] : "<none>";
            if (left != right)
            {
                lines.Add($"line {i + 1}:\n  - {left}\n  + {right}");
            }
        }

        return string.Join('\n', lines);
    }
}
