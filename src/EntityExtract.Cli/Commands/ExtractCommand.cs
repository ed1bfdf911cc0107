using System.CommandLine;
using EntityExtract.Extraction;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract extract PATH...</c>: one row per entity mention. The root command runs the
/// same thing, so <c>entity-extract docs/</c> works without naming it.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "Write one CSV row per person, place or organization mentioned: file,line,column,start,end,type,text,score.");
        Configure(command);
        return command;
    }

    /// <summary>Adds the extract options and action to <paramref name="command"/>.</summary>
    public static void Configure(Command command)
    {
        var options = new RunOptions();
        var types = new Option<string[]>("--types")
        {
            Description = "Entity types to write, comma-separated: PERSON, LOCATION, ORGANIZATION, MISC (default: the first three).",
            HelpName = "TYPES",
        };
        var model = ModelOption.Create();
        var minScore = new Option<float>("--min-score")
        {
            Description = "Drop mentions scored below X (0 to 1).",
            HelpName = "X",
        };

        options.AddTo(command);
        command.Add(types);
        command.Add(model);
        command.Add(minScore);
        command.SetAction(parse =>
        {
            var settings = new ExtractOptions
            {
                Types = TypeList.Parse(parse.GetValue(types)) ?? ExtractOptions.DefaultTypes,
                MinScore = parse.GetValue(minScore),
                Threads = TokenizeCommand.Threads(parse, options),
                Table = options.TableOptions(parse),
            };
            Validate(settings);
            var tagger = ModelOption.Load(parse.GetValue(model));
            return RunExecutor.Execute(parse, options, MentionRowsJob.Columns, () => new MentionRowsJob(tagger, settings), settings.Threads);
        });
    }

    private static void Validate(ExtractOptions settings)
    {
        try
        {
            settings.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
