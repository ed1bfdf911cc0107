using System.CommandLine;
using EntityExtract.Extraction;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract extract PATH...</c>: one row per entity mention (or per entity, with
/// <c>--group</c>). It is the default command, so <c>entity-extract docs/</c> runs it.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "Write one row per person, place or organization mentioned: file,line,column,start,end,type,text,score,canonical.");
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

        var group = new Option<GroupBy>("--group")
        {
            Description = "none: a row per mention; file: a row per entity per file; corpus: a row per entity over all input.",
            DefaultValueFactory = _ => GroupBy.None,
        };
        var context = new Option<int>("--context")
        {
            Description = "Add a context column with up to N characters either side of the mention.",
            HelpName = "N",
        };

        options.AddTo(command);
        command.Add(group);
        command.Add(context);
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
                Group = parse.GetValue(group),
                Context = parse.GetValue(context),
            };
            Validate(settings);
            var tagger = ModelOption.Load(parse.GetValue(model));
            return Run(parse, options, settings, tagger);
        });
        return command;
    }

    private static int Run(ParseResult parse, RunOptions options, ExtractOptions settings, EntityTagger tagger)
    {
        return settings.Group switch
        {
            GroupBy.File => RunExecutor.Execute(parse, options, FileTable.Columns, () => new EntityCountJob(tagger, settings), settings.Threads, new FileTable()),
            GroupBy.Corpus => RunExecutor.Execute(parse, options, CorpusTable.Columns, () => new EntityCountJob(tagger, settings), settings.Threads, new CorpusTable()),
            _ => RunExecutor.Execute(parse, options, MentionRowsJob.ColumnsFor(settings), () => new MentionRowsJob(tagger, settings), settings.Threads),
        };
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
