using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// The user's word on which names are one entity (<c>--aliases FILE</c>): a line
/// <c>NAME&lt;TAB&gt;CANONICAL</c> joins NAME into CANONICAL (the name the row is shown under when
/// the input uses it), <c>NAME&lt;TAB&gt;!OTHER</c> keeps the two apart; an optional third cell
/// names the one type the line is for (else it is for every type). Names are matched by
/// <see cref="NameKey"/> (case, spacing and titles of people do not matter). The rules act
/// wherever names are joined: within a document, across the pieces of a file, across files and
/// in <c>merge</c>; they come before the tool's own rules, and a kept-apart pair is never joined
/// by any rule, also through a third name.
/// </summary>
public sealed class UserAliases
{
    /// <summary>Names and the key they are joined under, by type (null: every type).</summary>
    private readonly Dictionary<(EntityType? Type, string Key), string> _canonical = [];

    /// <summary>The keys a name is kept apart from, with the rule's number, by type (null: every type).</summary>
    private readonly Dictionary<(EntityType? Type, string Key), List<(int Rule, bool Side)>> _apart = [];

    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
    private int _rules;

    public static UserAliases None { get; } = new();

    public bool IsEmpty => _canonical.Count == 0 && _apart.Count == 0;

    /// <summary>Reads rules; throws <see cref="FormatException"/> naming <c>SOURCE:LINE</c> for the first bad line.</summary>
    public static UserAliases Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var aliases = new UserAliases();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 0 && line[0] == '\uFEFF' && number == 1)
            {
                line = line[1..];
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (aliases.Add(line) is { } problem)
            {
                throw new FormatException($"{source}:{number}: {problem}");
            }
        }

        aliases.Resolve(source);
        return aliases;
    }

    /// <summary>Adds one rule line; returns what is wrong with it, or null.</summary>
    private string? Add(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length is < 2 or > 3)
        {
            return $"expected NAME<TAB>CANONICAL or NAME<TAB>!OTHER, optionally <TAB>TYPE (found {cells.Length} cell{(cells.Length == 1 ? "" : "s")})";
        }

        EntityType? type = null;
        if (cells.Length == 3 && cells[2].Trim().Length > 0)
        {
            if (!EntityTypeNames.TryParseUserName(cells[2].Trim(), out var parsed))
            {
                return $"unknown type '{cells[2].Trim()}' (PERSON, LOCATION, ORGANIZATION or MISC)";
            }

            type = parsed;
        }

        var apart = cells[1].TrimStart().StartsWith('!');
        var name = KeyOf(cells[0].Trim(), type);
        var other = KeyOf(apart ? cells[1].TrimStart()[1..].Trim() : cells[1].Trim(), type);
        if (name.Length == 0 || other.Length == 0)
        {
            return "a name is empty";
        }

        if (name == other)
        {
            return $"'{cells[0].Trim()}' and '{cells[1].Trim()}' are one name already";
        }

        if (apart)
        {
            var rule = _rules++;
            AddApart((type, name), rule, side: false);
            AddApart((type, other), rule, side: true);
            return null;
        }

        if (_canonical.TryGetValue((type, name), out var earlier) && earlier != other)
        {
            return $"'{cells[0].Trim()}' is joined into another name on an earlier line";
        }

        _canonical[(type, name)] = other;
        return null;
    }

    /// <summary>The key a name is matched by: <see cref="NameKey"/>, less a person's titles as mention names lose them (<c>Mrs Howard</c> is <c>howard</c>).</summary>
    private static string KeyOf(string name, EntityType? type)
    {
        var key = NameKey.Of(name);
        if (type != EntityType.Person)
        {
            return key;
        }

        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        while (skip < words.Length - 1 && WordLists.PersonTitles.Contains(words[skip]))
        {
            skip++;
        }

        if (skip > 0 && skip == words.Length - 1 && Honours.TakesFirstName(words[skip - 1]))
        {
            skip--; // "Sir Nicholas" keeps its title, as mention names do
        }

        return string.Join(' ', words[skip..]);
    }

    private void AddApart((EntityType?, string) key, int rule, bool side)
    {
        if (!_apart.TryGetValue(key, out var list))
        {
            _apart[key] = list = [];
        }

        list.Add((rule, side));
    }

    /// <summary>Follows chains (A into B, B into C: A into C) once, so that lookups are one step; a circle is an error.</summary>
    private void Resolve(string source)
    {
        foreach (var key in _canonical.Keys.ToList())
        {
            var target = _canonical[key];
            var seen = new HashSet<string>(StringComparer.Ordinal) { key.Key };
            while (_canonical.TryGetValue((key.Type, target), out var next) || (key.Type is not null && _canonical.TryGetValue((null, target), out next)))
            {
                if (!seen.Add(target))
                {
                    throw new FormatException($"{source}: the names joined into '{key.Key}' come round to it again");
                }

                target = next;
            }

            _canonical[key] = target;
        }

        _targets.UnionWith(_canonical.Values);
    }

    /// <summary>The key the user joins (<paramref name="type"/>, <paramref name="key"/>) under; null when no line names it.</summary>
    public string? CanonicalKey(EntityType type, string key) =>
        _canonical.GetValueOrDefault((type, key)) ?? _canonical.GetValueOrDefault((null, key));

    /// <summary>Whether a line keeps the two names of <paramref name="type"/> apart.</summary>
    public bool KeepsApart(EntityType type, string a, string b)
    {
        foreach (var (ruleA, sideA) in ApartRules(type, a))
        {
            foreach (var (ruleB, sideB) in ApartRules(type, b))
            {
                if (ruleA == ruleB && sideA != sideB)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private IEnumerable<(int Rule, bool Side)> ApartRules(EntityType type, string key) =>
        (_apart.GetValueOrDefault((type, key)) ?? []).Concat(_apart.GetValueOrDefault((null, key)) ?? []);

    /// <summary>The rules as they bear on one set of names that <see cref="NameJoiner"/> joins.</summary>
    public Binding Bind(IReadOnlyList<NameNode> nodes) => new(this, nodes);

    /// <summary>
    /// The user's joins among <see cref="NameNode"/>s, and the groups that must stay apart: each
    /// node named on a keep-apart line carries that line's side, and a group carries the sides of
    /// all its names, so no join, direct or through a third name, brings the two sides together.
    /// </summary>
    public sealed class Binding
    {
        private readonly UserAliases _rules;
        private readonly IReadOnlyList<NameNode> _nodes;
        private readonly Dictionary<int, HashSet<(int Rule, bool Side)>> _sides = [];

        internal Binding(UserAliases rules, IReadOnlyList<NameNode> nodes)
        {
            (_rules, _nodes) = (rules, nodes);
            for (var i = 0; i < nodes.Count && rules._apart.Count > 0; i++)
            {
                var sides = rules.ApartRules(nodes[i].Type, nodes[i].Key).ToHashSet();
                if (sides.Count > 0)
                {
                    _sides[i] = sides;
                }
            }
        }

        /// <summary>The pairs of nodes the user's lines join (same type, same canonical name).</summary>
        public IEnumerable<(int A, int B)> Joins()
        {
            if (_rules._canonical.Count == 0)
            {
                yield break;
            }

            var first = new Dictionary<(EntityType, string), int>();
            for (var i = 0; i < _nodes.Count; i++)
            {
                var node = _nodes[i];
                var group = (node.Type, _rules.CanonicalKey(node.Type, node.Key) ?? (_rules._targets.Contains(node.Key) ? node.Key : null));
                if (group.Item2 is null)
                {
                    continue;
                }

                if (first.TryGetValue(group!, out var head))
                {
                    yield return (head, i);
                }
                else
                {
                    first[group!] = i;
                }
            }
        }

        /// <summary>Whether the groups named after roots <paramref name="a"/> and <paramref name="b"/> must stay apart.</summary>
        public bool Blocks(int a, int b)
        {
            if (!_sides.TryGetValue(a, out var sa) || !_sides.TryGetValue(b, out var sb))
            {
                return false;
            }

            foreach (var (rule, side) in sa)
            {
                if (sb.Contains((rule, !side)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Group <paramref name="from"/> has joined group <paramref name="into"/>: its sides go with it.</summary>
        public void Merged(int into, int from)
        {
            if (_sides.Remove(from, out var sides))
            {
                if (_sides.TryGetValue(into, out var existing))
                {
                    existing.UnionWith(sides);
                }
                else
                {
                    _sides[into] = sides;
                }
            }
        }

        /// <summary>1 when <paramref name="a"/> is a name the user joins others into and <paramref name="b"/> is not, -1 the other way, else 0.</summary>
        public int PrefersHead(NameNode a, NameNode b) =>
            _rules._targets.Contains(a.Key).CompareTo(_rules._targets.Contains(b.Key));
    }
}
