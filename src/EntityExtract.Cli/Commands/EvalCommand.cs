using System.CommandLine;
using EntityExtract.Evaluation;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract eval [--model FILE] FILE...</c>: conlleval-style precision, recall and F1 of a
/// model on CoNLL files, printed on stdout. One file (without <c>--table</c>) gets conlleval's
/// report; several files get one table row each (<see cref="EvaluationTable"/>): P/R/F1 over four
/// types and over PER/LOC/ORG, and F1 per type, so one command scores every genre.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "CoNLL-style files with gold tags in the last column.",
            Arity = ArgumentArity.OneOrMore,
        };
        var model = ModelOption.Create();
        var accurate = ModelOption.CreateAccurate();
        var types = new Option<string[]>("--types")
        {
            Description = "Score only these types (comma-separated); the others count as O on both sides.",
            HelpName = "TYPES",
        };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Write the file back with the predicted tag as an extra last column (one input file only).",
            HelpName = "OUT",
        };

        var reliability = new Option<bool>("--reliability")
        {
            Description = "Also print how often mentions are right at each confidence level (ten bins).",
        };

        var table = new Option<bool>("--table")
        {
            Description = "Print one row per file (P/R/F1 over 4 types and over PER/LOC/ORG, F1 per type); the default for several files.",
        };

        var command = new Command("eval", "Score a model on CoNLL-style files, as the conlleval script does.") { files, model, accurate, types, predictions, reliability, table };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            var predictionsPath = parse.GetValue(predictions);
            if (predictionsPath is not null && paths.Length != 1)
            {
                throw new UsageException("--predictions takes exactly one input FILE");
            }

            OutputOverlap.Refuse("--predictions", predictionsPath, paths);
            var tagger = ModelOption.Load(parse.GetValue(model), parse.GetValue(accurate));
            var typeSet = TypeList.Parse(parse.GetValue(types));
            var asTable = parse.GetValue(table) || paths.Length > 1;
            if (asTable && (typeSet is not null || parse.GetValue(reliability) || predictionsPath is not null))
            {
                throw new UsageException("--table (or several FILEs) cannot be combined with --types, --reliability or --predictions");
            }

            if (asTable)
            {
                Console.Out.Write(EvaluationTable.Header());
            }

            // Each file is streamed document by document (ConllFileEvaluator): memory stays one
            // document's whatever the file's size.
            foreach (var path in paths)
            {
                var stream = Open(path);
                using var writer = predictionsPath is null ? null : new StreamWriter(predictionsPath, append: false, new System.Text.UTF8Encoding(false));
                var outcome = ConllFileEvaluator.Evaluate(tagger, stream, asTable ? null : typeSet, writer);
                if (asTable)
                {
                    Console.Out.Write(EvaluationTable.Row(path, outcome.Score, outcome.ThreeTypes));
                    Console.Out.Flush();
                    continue;
                }

                Console.Out.Write(outcome.Score.ToReport());
                if (parse.GetValue(reliability))
                {
                    Console.Out.Write(ReliabilityReport.Format(outcome.Reliability));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static ConllDocumentStream Open(string path)
    {
        try
        {
            return ConllDocumentStream.Open(path);
        }
        catch (ConllFormatException e)
        {
            throw new UsageException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }
}
