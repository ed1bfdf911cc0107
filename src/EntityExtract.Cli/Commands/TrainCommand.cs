using System.CommandLine;
using System.Globalization;
using EntityExtract.Cli.Terminal;
using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Training;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract train --train FILE... --dev FILE -o model.bin</c>: trains a model on CoNLL
/// files, printing dev F1 after every epoch and a progress bar on stderr.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train")
        {
            Description = "CoNLL-style training files (token first, tag last; IOB1, IOB2 or BIOES), each optionally followed by ,weight=W (update scale, above 0, at most 4) and ,unlabelled=TYPE[+TYPE] (types the file does not annotate: a predicted name of such a type where the file says O is not an error).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var dev = new Option<string>("--dev")
        {
            Description = "CoNLL-style file used to choose the best epoch and calibrate scores.",
            Required = true,
            HelpName = "FILE",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the model (FILE.zip: the raw model in a zip archive, the form the build embeds).",
            Required = true,
            HelpName = "FILE",
        };
        var gazetteers = new Option<string?>("--gazetteers")
        {
            Description = "Folder of name lists (*.txt) to compile into the model.",
            HelpName = "DIR",
        };
        var clusters = new Option<string?>("--clusters")
        {
            Description = "Word clusters (bitstring TAB word TAB count) to compile into the model.",
            HelpName = "FILE",
        };
        var defaults = new TrainingOptions();
        var epochs = new Option<int>("--epochs")
        {
            Description = "Passes over the training data; the best on dev is kept.",
            DefaultValueFactory = _ => defaults.Epochs,
            HelpName = "N",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the sentence shuffle: the same data and seed give the same model bytes.",
            DefaultValueFactory = _ => defaults.Seed,
            HelpName = "N",
        };

        var folds = new Option<int>("--jackknife-folds")
        {
            Description = "0 for a one-pass model; K (2-10) for a two-pass model with document-level features, first-pass labels of the training data coming from K jackknifed first passes.",
            DefaultValueFactory = _ => defaults.JackknifeFolds,
            HelpName = "K",
        };
        var caseAugmentation = new Option<double>("--case-augmentation")
        {
            Description = "Fraction of training documents added again upper-cased, and the same fraction lower-cased (seeded), for casing robustness.",
            DefaultValueFactory = _ => defaults.CaseAugmentation,
            HelpName = "FRACTION",
        };
        var minFeatureCount = new Option<int>("--min-feature-count")
        {
            Description = "Drop features seen fewer times than this in the training data.",
            DefaultValueFactory = _ => defaults.MinFeatureCount,
            HelpName = "N",
        };

        var pruneThreshold = new Option<float>("--prune-threshold")
        {
            Description = "Set averaged weights smaller than this to zero and drop features left with none (a smaller, faster model).",
            DefaultValueFactory = _ => defaults.PruneThreshold,
            HelpName = "X",
        };

        var contextual = new Option<string?>("--contextual-cache")
        {
            Description = "Train an accurate model (for extract --accurate): features also read the encoder's contextual codes; DIR keeps the encoder's vectors of the training and dev files, so training again does not encode them again.",
            HelpName = "DIR",
        };
        var contextualSizes = new Option<int[]>("--contextual-sizes")
        {
            Description = $"With --contextual-cache: the k-means sizes of the contextual codes, one code per size and token (default: {string.Join(' ', defaults.ContextGroupSizes)}).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "K",
        };

        var command = new Command("train", "Train a tagger model on CoNLL-style files.")
        {
            train, dev, output, gazetteers, clusters, epochs, seed, folds, caseAugmentation, minFeatureCount, pruneThreshold, contextual, contextualSizes,
        };
        command.SetAction(parse =>
        {
            var options = new TrainingOptions
            {
                TrainFiles = parse.GetValue(train)!,
                DevFile = parse.GetValue(dev)!,
                GazetteerDirectory = parse.GetValue(gazetteers),
                ClusterFile = parse.GetValue(clusters),
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                JackknifeFolds = parse.GetValue(folds),
                CaseAugmentation = parse.GetValue(caseAugmentation),
                MinFeatureCount = parse.GetValue(minFeatureCount),
                PruneThreshold = parse.GetValue(pruneThreshold),
                ContextCacheDirectory = parse.GetValue(contextual),
                ContextGroupSizes = parse.GetValue(contextualSizes) is { Length: > 0 } sizes ? sizes : defaults.ContextGroupSizes,
            };
            return Run(options, parse.GetValue(output)!);
        });
        return command;
    }

    private static int Run(TrainingOptions options, string output)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        OutputOverlap.Refuse("-o", output, [.. options.TrainFiles.Select(f => TrainingSource.Parse(f).Path), options.DevFile]);
        var interrupts = Interrupts.Process;
        var progress = new TrainingProgressRenderer(!Console.IsErrorRedirected);
        try
        {
            var tagger = TaggerTrainer.Train(options, new SynchronousProgress<TrainingProgress>(progress.Report), interrupts.Token);
            progress.Clear();
            var temporary = TemporaryName.Beside(Path.GetFullPath(output));
            using (var stream = File.Create(temporary))
            {
                if (ModelArchive.IsArchivePath(output))
                {
                    ModelArchive.Write(tagger, stream, ModelArchive.EntryName(output));
                }
                else
                {
                    tagger.Save(stream);
                }
            }

            File.Move(temporary, output, overwrite: true);
            Stderr.Line(string.Create(CultureInfo.InvariantCulture, $"wrote {output} ({new FileInfo(output).Length} bytes)"));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (interrupts.Token.IsCancellationRequested)
        {
            progress.Clear();
            interrupts.Announce("interrupted; no model written");
            return ExitCodes.Interrupted;
        }
        catch (ConllFormatException e)
        {
            throw new UsageException(e.Message);
        }
        catch (ArgumentException e) when (e.ParamName == nameof(options))
        {
            // Options that only the data can refute (more jackknife folds than training documents).
            throw new UsageException(e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(e.Message);
        }
    }
}
