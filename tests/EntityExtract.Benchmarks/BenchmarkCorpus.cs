using System.Text;

namespace EntityExtract.Benchmarks;

/// <summary>
/// News text for the input and output benchmarks: the BBC news file from the shared unlabeled
/// data when it is there (found from the solution folder), else generated news-like sentences.
/// </summary>
internal static class BenchmarkCorpus
{
    private static readonly Lazy<string> Text = new(Load);

    /// <summary>About <paramref name="bytes"/> bytes of UTF-8 news text, cut at a line end.</summary>
    public static byte[] Utf8(int bytes)
    {
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < bytes)
        {
            text.Append(Text.Value);
        }

        var all = Encoding.UTF8.GetBytes(text.ToString());
        var end = Array.LastIndexOf(all, (byte)'\n', bytes - 1) + 1;
        return all[..(end > 0 ? end : bytes)];
    }

    private static string Load()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EntityExtract.sln")))
            {
                var path = Path.Combine(directory.FullName, "..", "shared", "data", "unlabeled", "bbc-news-2004-2005.txt");
                return File.Exists(path) ? File.ReadAllText(path) : Generate();
            }
        }

        return Generate();
    }

    private static string Generate()
    {
        string[] sentences =
        [
            "Quarterly profits at Time Warner rose 76% to $1.13bn (£600m), the firm said in New York.",
            "Chancellor Gordon Brown told the BBC that the Bank of England would keep rates on hold.",
            "Shares in Deutsche Telekom fell 2% in Frankfurt after Reuters reported a delay.",
            "Prime Minister Junichiro Koizumi met China's Hu Jintao in Beijing on Tuesday.",
        ];
        var random = new Random(7);
        var text = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            text.Append(sentences[random.Next(sentences.Length)]).Append(i % 6 == 5 ? "\n\n" : " ");
        }

        return text.ToString();
    }
}
