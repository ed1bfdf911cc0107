using System.CommandLine;
using System.Globalization;
using System.Text;
using EntityExtract.Cli.Terminal;
using EntityExtract.Training.Clusters;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract clusters --text FILE... --conll FILE... -o clusters.txt</c>: learns Brown word
/// clusters from unlabeled text, for <c>train --clusters</c>. Deterministic: the same files and
/// options give the same bytes.
/// </summary>
internal static class ClustersCommand
{
    public static Command Create()
    {
        var text = new Option<string[]>("--text")
        {
            Description = "Plain-text files, one paragraph per line (read in the order given).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var conll = new Option<string[]>("--conll")
        {
            Description = "CoNLL-style files whose first column adds running text.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the clusters.", Required = true, HelpName = "FILE" };
        var defaults = new BrownOptions();
        var count = new Option<int>("--count")
        {
            Description = "Number of clusters.",
            DefaultValueFactory = _ => defaults.Clusters,
            HelpName = "C",
        };
        var minCount = new Option<int>("--min-count")
        {
            Description = "Words seen fewer times are not clustered.",
            DefaultValueFactory = _ => defaults.MinCount,
            HelpName = "N",
        };

        var command = new Command("clusters", "Learn Brown word clusters from unlabeled text, for 'train --clusters'.") { text, conll, output, count, minCount };
        command.SetAction(parse =>
        {
            var textFiles = parse.GetValue(text) ?? [];
            var conllFiles = parse.GetValue(conll) ?? [];
            if (textFiles.Length + conllFiles.Length == 0)
            {
                throw new UsageException("give at least one --text or --conll file");
            }

            foreach (var file in textFiles.Concat(conllFiles).Where(f => !File.Exists(f)))
            {
                throw new UsageException($"{file}: no such file");
            }

            var options = new BrownOptions { Clusters = parse.GetValue(count), MinCount = parse.GetValue(minCount) };
            if (options.Clusters < 2)
            {
                throw new UsageException($"--count must be at least 2 (got {options.Clusters})");
            }

            if (options.MinCount < 1)
            {
                throw new UsageException($"--min-count must be at least 1 (got {options.MinCount})");
            }

            OutputOverlap.Refuse("-o", parse.GetValue(output), textFiles.Concat(conllFiles));
            return Run(textFiles, conllFiles, options, parse.GetValue(output)!);
        });
        return command;
    }

    private static int Run(string[] textFiles, string[] conllFiles, BrownOptions options, string output)
    {
        var interrupts = Interrupts.Process;
        IEnumerable<IReadOnlyList<string>> Corpus()
        {
            foreach (var file in textFiles)
            {
                foreach (var sentence in ClusterCorpus.ReadPlainText(file))
                {
                    yield return sentence;
                }
            }

            foreach (var file in conllFiles)
            {
                foreach (var sentence in ClusterCorpus.ReadConll(file))
                {
                    yield return sentence;
                }
            }
        }

        try
        {
            var progress = new SynchronousProgress<ClusterProgress>(p =>
            {
                if (p.Done == p.Total || p.Done % 5000 == 0)
                {
                    Stderr.Line(string.Create(CultureInfo.InvariantCulture, $"{p.Phase}: {p.Done}/{p.Total}"));
                }
            });
            var result = BrownClusterer.Train(Corpus(), options, progress, interrupts.Token);
            var temporary = TemporaryName.Beside(Path.GetFullPath(output));
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                ClusterFile.Write(result, writer);
            }

            File.Move(temporary, output, overwrite: true);
            Stderr.Line($"wrote {output} ({result.Entries.Count} words)");
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (interrupts.Token.IsCancellationRequested)
        {
            interrupts.Announce("interrupted; no clusters written");
            return ExitCodes.Interrupted;
        }
    }
}
