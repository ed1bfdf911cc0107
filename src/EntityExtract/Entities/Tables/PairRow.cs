using EntityExtract.Tagging.Labels;


namespace EntityExtract.Entities.Tables;

/// <summary>One row of the pairs table: two entities and the sentences and files that name both.</summary>
public sealed record PairRow(EntityType Type1, string Entity1, EntityType Type2, string Entity2, long Sentences, long Files)
{
    /// <summary>The pair with its two entities in ordinal order of type name, then entity name.</summary>
    public static PairRow Ordered(EntityType typeA, string a, EntityType typeB, string b, long sentences, long files) =>
        CompareEntity(typeA, a, typeB, b) <= 0
            ? new PairRow(typeA, a, typeB, b, sentences, files)
            : new PairRow(typeB, b, typeA, a, sentences, files);

    /// <summary>Sentences descending, files descending, then the names: the table's order.</summary>
    public static int TableOrder(PairRow x, PairRow y)
    {
        var order = y.Sentences.CompareTo(x.Sentences);
        if (order == 0)
        {
            order = y.Files.CompareTo(x.Files);
        }

        if (order == 0)
        {
            order = CompareEntity(x.Type1, x.Entity1, y.Type1, y.Entity1);
        }

        return order != 0 ? order : CompareEntity(x.Type2, x.Entity2, y.Type2, y.Entity2);
    }

    private static int CompareEntity(EntityType typeA, string a, EntityType typeB, string b)
    {
        var order = string.CompareOrdinal(EntityTypeNames.ToLongName(typeA), EntityTypeNames.ToLongName(typeB));
        return order != 0 ? order : string.CompareOrdinal(a, b);
    }
}
