using System.Runtime.InteropServices;
using EntityExtract.Entities.Joining;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// Gathers the pieces of one file at a time, in input order, into the file's entities and
/// sentence pairs. A new file ends the one before it (also one that failed before its last piece,
/// which keeps the rows it earned).
/// </summary>
/// <param name="user">The user's lines (<c>--aliases</c>), for joining the entities of a file's pieces.</param>
internal sealed class FileEntities(UserAliases? user = null)
{
    private readonly Dictionary<(EntityType, string), Tally> _entities = [];
    private readonly Dictionary<(EntityType, string, EntityType, string), long> _pairs = [];
    private readonly Dictionary<(EntityType, string), (EntityType, string)> _rootOf = [];
    private object? _file;
    private string _path = "";
    private int _pieces;
    private bool _joined;

    /// <summary>Adds a piece; calls <paramref name="done"/> for each file that is complete.</summary>
    public void Add(in PieceEntities piece, Action<FileEntities> done)
    {
        if (_file is not null && !ReferenceEquals(piece.File, _file))
        {
            Finish(done);
        }

        _file = piece.File;
        _path = piece.DisplayPath;
        _pieces++;
        _joined = false;
        foreach (var count in piece.Entities)
        {
            if (!_entities.TryGetValue((count.Type, count.Key), out var tally))
            {
                // The first piece to name an entity keeps its first position and context.
                _entities[(count.Type, count.Key)] = tally = new Tally(count.FirstLine, count.FirstStart, count.Context);
            }

            tally.Mentions += count.Mentions;
            foreach (var (form, mentions) in count.Forms)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(tally.Forms, form, out _) += mentions;
            }
        }

        foreach (var pair in piece.Pairs)
        {
            var key = (pair.TypeA, pair.KeyA, pair.TypeB, pair.KeyB);
            _pairs[key] = _pairs.GetValueOrDefault(key) + pair.Sentences;
        }

        if (piece.IsLastPiece)
        {
            Finish(done);
        }
    }

    /// <summary>Ends the file in progress, if any.</summary>
    public void Finish(Action<FileEntities> done)
    {
        if (_file is null)
        {
            return;
        }

        done(this);
        _entities.Clear();
        _pairs.Clear();
        _rootOf.Clear();
        _file = null;
        _pieces = 0;
    }

    /// <summary>
    /// The file's entities, in no particular order. Names that pieces of a large file resolved
    /// apart ("John F. Kerry" in one, "Kerry" in the next) are joined as the corpus joins names
    /// (<see cref="NameJoiner"/>), so a file has one row per entity however it was cut.
    /// </summary>
    public List<FileEntity> Entities()
    {
        Join();
        var result = new List<FileEntity>(_entities.Count);
        foreach (var ((type, key), tally) in _entities)
        {
            // One pass keys each form once: the best form of the entity's own key is its name
            // (as Tally.Display finds it), the best of each other key an alias.
            // Most forms are written with the entity's own key: they are matched without making a key.
            (string? Form, long Weight) display = (null, 0);
            Dictionary<string, (string Form, long Weight)>? aliases = null;
            foreach (var (form, mentions) in tally.Forms)
            {
                if (NameKey.Matches(form, key))
                {
                    if (DisplayName.IsBetter(form, mentions, display.Form, display.Weight))
                    {
                        display = (form, mentions);
                    }

                    continue;
                }

                aliases ??= new Dictionary<string, (string Form, long Weight)>(StringComparer.Ordinal);
                var formKey = NameKey.Of(form);
                if (!aliases.TryGetValue(formKey, out var best) || DisplayName.IsBetter(form, mentions, best.Form, best.Weight))
                {
                    aliases[formKey] = (form, mentions);
                }
            }

            var names = aliases is null ? [] : aliases.Values.Select(a => a.Form).ToList();
            names.Sort(string.CompareOrdinal);
            result.Add(new FileEntity(_path, type, key, display.Form ?? key, tally.Mentions, tally.Line, tally.Start, names, tally.Context));
        }

        return result;
    }

    /// <summary>
    /// The pieces' entities (type and key) that this file joined into another entity of
    /// <see cref="Entities"/>, each with the one it joined; an entity not listed is its own.
    /// </summary>
    public IEnumerable<KeyValuePair<(EntityType Type, string Key), (EntityType Type, string Key)>> Joined()
    {
        Join();
        return _rootOf.Where(p => p.Key != p.Value);
    }

    /// <summary>The file's pairs of entities (type and key each) with the sentences naming both.</summary>
    public IReadOnlyDictionary<(EntityType, string, EntityType, string), long> Pairs
    {
        get
        {
            Join();
            return _pairs;
        }
    }

    /// <summary>Joins the entities of different pieces that name one entity; pairs follow them.</summary>
    private void Join()
    {
        if (_joined || _pieces < 2)
        {
            _joined = true;
            return;
        }

        _joined = true;
        var keys = _entities.Keys.ToList();
        keys.Sort((a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2));
        var roots = NameJoiner.Join(keys.Select(k =>
        {
            var tally = _entities[k];
            return new NameNode(k.Item1, k.Item2, tally.Display(k.Item2).Form ?? k.Item2, tally.Mentions, []);
        }).ToList(), user);

        var rootOf = _rootOf;
        for (var i = 0; i < keys.Count; i++)
        {
            rootOf[keys[i]] = keys[roots[i]];
            if (roots[i] != i)
            {
                var from = _entities[keys[i]];
                var into = _entities[keys[roots[i]]];
                _entities.Remove(keys[i]);
                _entities[keys[roots[i]]] = into.Absorb(from);
            }
        }

        var pairs = _pairs.ToList();
        _pairs.Clear();
        foreach (var ((typeA, keyA, typeB, keyB), sentences) in pairs)
        {
            var a = rootOf[(typeA, keyA)];
            var b = rootOf[(typeB, keyB)];
            if (a == b)
            {
                continue;
            }

            var ordered = a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2);
            var key = ordered < 0 ? (a.Item1, a.Item2, b.Item1, b.Item2) : (b.Item1, b.Item2, a.Item1, a.Item2);
            _pairs[key] = _pairs.GetValueOrDefault(key) + sentences;
        }
    }

    private sealed class Tally(long line, long start, string? context)
    {
        public long Line { get; private set; } = line;

        public long Start { get; private set; } = start;

        public string? Context { get; private set; } = context;

        public long Mentions { get; set; }

        public Dictionary<string, long> Forms { get; } = new(StringComparer.Ordinal);

        /// <summary>The best of the forms written with <paramref name="key"/> (<see cref="DisplayName"/>).</summary>
        public (string? Form, long Weight) Display(string key)
        {
            (string? Form, long Weight) best = (null, 0);
            foreach (var (form, mentions) in Forms)
            {
                if (NameKey.Matches(form, key) && DisplayName.IsBetter(form, mentions, best.Form, best.Weight))
                {
                    best = (form, mentions);
                }
            }

            return best;
        }

        /// <summary>Takes in another tally of the same entity: counts add, the earlier first mention stays.</summary>
        public Tally Absorb(Tally other)
        {
            Mentions += other.Mentions;
            foreach (var (form, mentions) in other.Forms)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(Forms, form, out _) += mentions;
            }

            if ((other.Line, other.Start).CompareTo((Line, Start)) < 0)
            {
                (Line, Start, Context) = (other.Line, other.Start, other.Context);
            }

            return this;
        }
    }
}
