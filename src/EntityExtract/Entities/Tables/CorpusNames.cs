using System.Text;
using EntityExtract.Entities.Joining;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// The names of a corpus before they are joined: for each type and <see cref="NameKey"/>, its
/// mentions and files, every form files showed it as (with their counts), and the other names
/// files joined into it. A single run adds its files' entities; <c>merge</c> adds the rows of
/// tables (a file table's row, or the <c>names</c> cell of a corpus table's). Both then join the
/// same names by the same rules, so they give the same table.
/// A place and an organization written alike are one name (<see cref="SharedType"/>): files type a
/// city that names its team, or a company named after its town, either way, and the name takes the
/// type most of its mentions had (the earlier type on a tie), so one entity is one row.
/// </summary>
/// <param name="user">The user's lines (<c>--aliases</c>), handed to <see cref="NameJoiner"/>.</param>
public sealed class CorpusNames(UserAliases? user = null)
{
    /// <summary>
    /// The type a name is keyed under across files: organizations share the places' key, but for
    /// the name of a country or a state (<see cref="PlaceNames.IsRegion"/>): there the
    /// organization is its team (<c>Teams/SportsTeams</c> decides which mentions), not the place.
    /// </summary>
    public static EntityType SharedType(EntityType type, string key) =>
        type == EntityType.Organization && !PlaceNames.IsRegion(key) ? EntityType.Location : type;

    private readonly Dictionary<(EntityType Type, string Key), Name> _names = [];
    private long _mentions;
    private long _files;

    public int Count => _names.Count;

    /// <summary>Adds one file's entity.</summary>
    public string? Add(FileEntity entity) => Add(entity, out _);

    /// <summary>Adds one file's entity; <paramref name="name"/> numbers the name it is counted under, for <see cref="RowsByName"/> (-1 when not added).</summary>
    public string? Add(FileEntity entity, out int name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        // A file's name is most often written with its entity's key: that key is the name's, made once.
        var key = NameKey.Matches(entity.Display, entity.Key) ? entity.Key : null;
        var reason = Add(entity.Type, [new NameEntry(entity.Display, entity.Mentions, 1, entity.Aliases)], new FirstMention(entity.File, entity.FirstLine, entity.FirstStart, entity.Context), out var counted, key);
        name = counted?.Id ?? -1;
        return reason;
    }

    /// <summary>
    /// Adds names of one type, all or none: a reason (and nothing added) when a count would make
    /// the corpus total exceed what a 64-bit count holds, so no total can wrap.
    /// </summary>
    public string? Add(EntityType type, IReadOnlyList<NameEntry> entries, FirstMention? first) => Add(type, entries, first, out _);

    /// <param name="firstKey">The first entry's key (<see cref="KeyOf"/>) where the caller knows it.</param>
    private string? Add(EntityType type, IReadOnlyList<NameEntry> entries, FirstMention? first, out Name? firstName, string? firstKey = null)
    {
        firstName = null;
        ArgumentNullException.ThrowIfNull(entries);
        long mentions = _mentions, files = _files;
        foreach (var entry in entries)
        {
            if (entry.Mentions > long.MaxValue - mentions || entry.Files > long.MaxValue - files)
            {
                return $"a count too large to add up: more than {long.MaxValue} in all";
            }

            mentions += entry.Mentions;
            files += entry.Files;
        }

        (_mentions, _files) = (mentions, files);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var nameKey = i == 0 && firstKey is not null ? firstKey : KeyOf(entry.Display);
            var key = (SharedType(type, nameKey), nameKey);
            if (!_names.TryGetValue(key, out var name))
            {
                _names[key] = name = new Name { Id = _names.Count };
            }

            firstName ??= name;

            name.Mentions += entry.Mentions;
            name.Files += entry.Files;
            if (entry.Mentions > 0 || entry.Files > 0 || !name.Forms.ContainsKey(entry.Display))
            {
                var (m, f) = name.Forms.GetValueOrDefault(entry.Display);
                name.Forms[entry.Display] = (m + entry.Mentions, f + entry.Files);
            }

            name.AddTypes(entry.Display, type, entry.Mentions, entry.Types);
            name.Aliases.UnionWith(entry.Aliases);
            if (i == 0 && first is not null && (name.First is null || first.IsBefore(name.First)))
            {
                name.First = first;
            }
        }

        return null;
    }

    /// <summary>The key a name is counted under (with its type).</summary>
    internal static string KeyOf(string display) => NameKey.Of(display);

    /// <summary>
    /// The joined rows, with no <c>names</c> and <c>types</c> cells, by the number of each name
    /// counted in them (<see cref="Add(FileEntity, out int)"/>): <see cref="MentionEntityTable"/>
    /// finds a mention's row without keying its name again.
    /// </summary>
    public CorpusEntity[] RowsByName()
    {
        var rows = new CorpusEntity[_names.Count];
        foreach (var row in Join(cells: false))
        {
            foreach (var (type, key, _) in row.Members)
            {
                rows[_names[(type, key)].Id] = row;
            }
        }

        return rows;
    }

    /// <summary>Joins the names (<see cref="NameJoiner"/>) into entities, in no particular order.</summary>
    /// <param name="cells">
    /// Whether to make each row's <c>names</c> and <c>types</c> cells; a table that only names the
    /// rows (<see cref="MentionEntityTable"/>) leaves them empty and spends half the time.
    /// </param>
    public List<CorpusEntity> Join(bool cells = true)
    {
        var keys = _names.Keys.ToList();
        keys.Sort((a, b) => a.Type != b.Type ? a.Type.CompareTo(b.Type) : string.CompareOrdinal(a.Key, b.Key));
        var nodes = keys.Select(k =>
        {
            var name = _names[k];
            var type = name.Type();
            return new NameNode(type, k.Key, name.Display(), name.Mentions, name.Aliases) { AlsoPlace = type == EntityType.Organization && (name.HasPlaceMentions || PlaceNames.Contains(k.Key)) };
        }).ToList();
        var roots = NameJoiner.Join(nodes, user);

        var counted = cells ? _names.Keys.Select(k => k.Key).ToHashSet(StringComparer.Ordinal) : [];
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < roots.Length; i++)
        {
            if (!members.TryGetValue(roots[i], out var list))
            {
                members[roots[i]] = list = [];
            }

            list.Add(i);
        }

        var result = new List<CorpusEntity>(members.Count);
        foreach (var (root, list) in members)
        {
            long mentions = 0, files = 0;
            FirstMention? first = null;
            var cell = new StringBuilder();
            var types = new StringBuilder();
            var listed = new HashSet<string>(StringComparer.Ordinal);
            var acronyms = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var i in list)
            {
                var name = _names[keys[i]];
                mentions += name.Mentions;
                files += name.Files;
                if (name.First is not null && (first is null || name.First.IsBefore(first)))
                {
                    first = name.First;
                }

                if (cells)
                {
                    AppendNames(cell, name, nodes[i], counted, listed, acronyms);
                    name.AppendTypes(types, nodes[root].Type);
                }
            }

            foreach (var acronym in acronyms)
            {
                NameList.Append(cell, acronym);
            }

            // A row that is one name shown one way needs no names cell: its own cells say it all.
            var single = list.Count == 1 && _names[keys[root]].Forms.Count == 1 && listed.Count == 0 && acronyms.Count == 0;
            result.Add(new CorpusEntity(
                nodes[root].Type,
                nodes[root].Display,
                mentions,
                files,
                single ? "" : cell.ToString(),
                first?.Context,
                list.Select(i => (keys[i].Type, keys[i].Key, nodes[i].Display)).ToList())
            {
                Types = types.ToString(),
            });
        }

        return result;
    }

    /// <summary>
    /// Appends a name's forms with their counts, then the other names its files joined into it, each
    /// once in the row, less those the corpus counts in any case (<paramref name="counted"/>, by key):
    /// a form of this row, or a name with a row of its own, listed there ("uk" where "UK" is counted).
    /// Acronyms go to <paramref name="acronyms"/>, written after all the row's names even where the
    /// corpus counts them ("EU (125/34) | European Union
    /// (200/49) | EU"): <see cref="NameJoiner"/> joins names across files by the acronyms their files
    /// defined (by no other alias), and <c>merge</c> gives each to the first name of its row it fits,
    /// so it joins as one run does. A name a file said this one is known by (<see cref="NameNode.Defines"/>)
    /// is written right after it, counted or not, for the same reason.
    /// </summary>
    private static void AppendNames(StringBuilder cell, Name name, NameNode node, HashSet<string> counted, HashSet<string> listed, SortedSet<string> acronyms)
    {
        var own = name.Forms.Keys.ToList();
        own.Sort(string.CompareOrdinal);
        foreach (var form in own)
        {
            NameList.Append(cell, form, name.Forms[form]);
        }

        var aliases = name.Aliases.ToList();
        aliases.Sort(string.CompareOrdinal);
        foreach (var alias in aliases)
        {
            if (AliasResolver.IsAcronym(alias))
            {
                acronyms.Add(alias);
            }
            else if (node.Defines(alias))
            {
                // Right after the name that holds it, even where counted, for merge to join it again.
                listed.Add(alias);
                NameList.Append(cell, alias);
            }
            else if (!counted.Contains(KeyOf(alias)) && listed.Add(alias))
            {
                NameList.Append(cell, alias);
            }
        }
    }

    private sealed class Name
    {
        /// <summary>The name's number: how many names were counted before it.</summary>
        public int Id { get; init; }

        public long Mentions { get; set; }

        public long Files { get; set; }

        /// <summary>Each form a file showed the name as, with the mentions and files it was shown for.</summary>
        public Dictionary<string, (long Mentions, long Files)> Forms { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public FirstMention? First { get; set; }

        /// <summary>Each form's mentions per type; made only for a form some file typed otherwise than another.</summary>
        private Dictionary<string, long[]>? _formTypes;

        private readonly long[] _types = new long[EntityTypes.Count];

        private EntityType? _onlyType;

        public void AddTypes(string form, EntityType type, long mentions, IReadOnlyList<long>? types)
        {
            if (types is null && _formTypes is null && (_onlyType ??= type) == type)
            {
                _types[(int)type] += mentions;
                return;
            }

            if (_formTypes is null)
            {
                // The first time two types meet: every form seen so far was of the one type.
                _formTypes = new Dictionary<string, long[]>(StringComparer.Ordinal);
                foreach (var (seen, counts) in Forms)
                {
                    var split = new long[EntityTypes.Count];
                    if (_onlyType is { } only)
                    {
                        split[(int)only] = seen == form ? counts.Mentions - mentions : counts.Mentions;
                    }
                    _formTypes[seen] = split;
                }
            }

            if (!_formTypes.TryGetValue(form, out var of))
            {
                _formTypes[form] = of = new long[EntityTypes.Count];
            }

            for (var t = 0; t < EntityTypes.Count; t++)
            {
                var add = types is null ? (t == (int)type ? mentions : 0) : types[t];
                of[t] += add;
                _types[t] += add;
            }
        }

        public bool HasPlaceMentions => _types[(int)EntityType.Location] > 0;

        /// <summary>The type most mentions had; on a tie, the earlier type.</summary>
        public EntityType Type()
        {
            var best = 0;
            for (var t = 1; t < _types.Length; t++)
            {
                if (_types[t] > _types[best])
                {
                    best = t;
                }
            }

            return (EntityType)best;
        }

        /// <summary>Appends to the <c>types</c> cell the forms typed otherwise than <paramref name="row"/>.</summary>
        public void AppendTypes(StringBuilder cell, EntityType row)
        {
            if (_formTypes is null)
            {
                if (_onlyType is { } only && only != row)
                {
                    var forms = Forms.Keys.ToList();
                    forms.Sort(string.CompareOrdinal);
                    var counts = new long[EntityTypes.Count];
                    foreach (var form in forms)
                    {
                        counts[(int)only] = Forms[form].Mentions;
                        TypeCounts.Append(cell, form, counts);
                    }
                }

                return;
            }

            var ordered = _formTypes.Keys.ToList();
            ordered.Sort(string.CompareOrdinal);
            foreach (var form in ordered)
            {
                if (TypeCounts.Differs(_formTypes[form], row))
                {
                    TypeCounts.Append(cell, form, _formTypes[form]);
                }
            }
        }

        public string Display()
        {
            string? best = null;
            long weight = 0;
            foreach (var (form, counts) in Forms)
            {
                if (DisplayName.IsBetter(form, counts.Mentions, best, weight))
                {
                    (best, weight) = (form, counts.Mentions);
                }
            }

            return best!;
        }
    }
}

/// <summary>One name for <see cref="CorpusNames"/>: a form with its counts, and names joined into it.</summary>
public sealed record NameEntry(string Display, long Mentions, long Files, IReadOnlyList<string> Aliases)
{
    /// <summary>Its mentions per type (by <see cref="EntityType"/> value), when not all of the type it is added under.</summary>
    public IReadOnlyList<long>? Types { get; init; }
}

/// <summary>Where an entity is first mentioned, for its context: the file (null when not known), line and offset.</summary>
public sealed record FirstMention(string? File, long Line, long Start, string? Context)
{
    /// <summary>Earlier in the run: a file that sorts first, then an earlier position. A mention of no known file is never earlier.</summary>
    public bool IsBefore(FirstMention other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (File is null || other.File is null)
        {
            return false;
        }

        var order = string.CompareOrdinal(File, other.File);
        return order != 0 ? order < 0 : (Line, Start).CompareTo((other.Line, other.Start)) < 0;
    }
}

/// <summary>One row of the corpus table: an entity with the names joined into it.</summary>
public sealed record CorpusEntity(
    EntityType Type,
    string Display,
    long Mentions,
    long Files,
    string Names,
    string? Context,
    IReadOnlyList<(EntityType Type, string Key, string Display)> Members)
{
    /// <summary>The <c>types</c> cell (<see cref="TypeCounts"/>): forms typed otherwise than the row.</summary>
    public string Types { get; init; } = "";
}
