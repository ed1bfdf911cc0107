using EntityExtract.Tagging.Labels;


namespace EntityExtract.Cli.Commands;

/// <summary>Reads <c>--types PERSON,ORG</c> (commas or repeated options, long or CoNLL names).</summary>
internal static class TypeList
{
    public static IReadOnlySet<EntityType>? Parse(string[]? values)
    {
        if (values is null || values.Length == 0)
        {
            return null;
        }

        var types = new HashSet<EntityType>();
        foreach (var name in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!EntityTypeNames.TryParseUserName(name, out var type))
            {
                throw new UsageException($"--types: unknown type '{name}' (use PERSON, LOCATION, ORGANIZATION, MISC)");
            }

            types.Add(type);
        }

        return types;
    }
}
