using EntityExtract.Tagging;

namespace EntityExtract.Output;

/// <summary>The names entity types have in output and on the command line.</summary>
public static class EntityTypeNames
{
    private static readonly string[] Names = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"];

    public static string Of(EntityType type) => Names[(int)type];

    /// <summary>Accepts the output names and the CoNLL short forms (PER, LOC, ORG, MISC), any case.</summary>
    public static bool TryParse(string name, out EntityType type)
    {
        switch (name.Trim().ToUpperInvariant())
        {
            case "PERSON" or "PER":
                type = EntityType.Person;
                return true;
            case "LOCATION" or "LOC":
                type = EntityType.Location;
                return true;
            case "ORGANIZATION" or "ORGANISATION" or "ORG":
                type = EntityType.Organization;
                return true;
            case "MISC":
                type = EntityType.Misc;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
