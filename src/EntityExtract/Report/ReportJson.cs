using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityExtract.Report;

/// <summary>
/// The data the page's script shows in its tables and panels, as compact JSON arrays (no property
/// names repeated per row). Written with <see cref="Utf8JsonWriter"/>'s default escaping, which
/// escapes <c>&lt;</c> and <c>&gt;</c>, so that no name can end the script element it sits in.
/// </summary>
/// <remarks>
/// Shape: <c>{"files":[[path,mentions,[[entity,count]…]]…],
/// "entities":[[type,name,mentions,files,names,[[file,line,column,text,context]…],[[partner,sentences,files]…]]…],
/// "totals":[entities,mentions,mentionRows,files]}</c>.
/// </remarks>
internal static class ReportJson
{
    public static void Write(Stream output, ReportTables tables)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });
        json.WriteStartObject();
        json.WriteStartArray("totals");
        json.WriteNumberValue(tables.EntityCount);
        json.WriteNumberValue(tables.MentionCount);
        json.WriteNumberValue(tables.MentionRows);
        json.WriteNumberValue(tables.Files.Count);
        json.WriteEndArray();

        json.WriteStartArray("files");
        foreach (var file in tables.Files)
        {
            json.WriteStartArray();
            json.WriteStringValue(file.Path);
            json.WriteNumberValue(file.Mentions);
            json.WriteStartArray();
            foreach (var (entity, count) in file.ByEntity.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(tables.Limits.EntitiesPerFile))
            {
                json.WriteStartArray();
                json.WriteNumberValue(entity);
                json.WriteNumberValue(count);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndArray();
        }

        json.WriteEndArray();

        var partners = Partners(tables);
        json.WriteStartArray("entities");
        foreach (var e in tables.Entities)
        {
            json.WriteStartArray();
            json.WriteStringValue(e.Type);
            json.WriteStringValue(e.Name);
            json.WriteNumberValue(e.Mentions);
            json.WriteNumberValue(e.Files);
            json.WriteStringValue(e.Names);
            json.WriteStartArray();
            foreach (var m in e.Shown)
            {
                json.WriteStartArray();
                json.WriteNumberValue(m.File);
                json.WriteNumberValue(m.Line);
                json.WriteNumberValue(m.Column);
                json.WriteStringValue(m.Text);
                json.WriteStringValue(m.Context);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray();
            foreach (var (other, sentences, files) in partners[e.Index])
            {
                json.WriteStartArray();
                json.WriteNumberValue(other);
                json.WriteNumberValue(sentences);
                json.WriteNumberValue(files);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Each entity's partners in the pairs table, most sentences first, at most <see cref="ReportLimits.Partners"/>.</summary>
    private static List<(int Other, long Sentences, long Files)>[] Partners(ReportTables tables)
    {
        var partners = new List<(int Other, long Sentences, long Files)>[tables.Entities.Count];
        for (var i = 0; i < partners.Length; i++)
        {
            partners[i] = [];
        }

        foreach (var p in tables.Pairs)
        {
            partners[p.A].Add((p.B, p.Sentences, p.Files));
            partners[p.B].Add((p.A, p.Sentences, p.Files));
        }

        for (var i = 0; i < partners.Length; i++)
        {
            var list = partners[i];
            list.Sort((x, y) => y.Sentences != x.Sentences ? y.Sentences.CompareTo(x.Sentences) : x.Other.CompareTo(y.Other));
            if (list.Count > tables.Limits.Partners)
            {
                list.RemoveRange(tables.Limits.Partners, list.Count - tables.Limits.Partners);
            }
        }

        return partners;
    }
}
