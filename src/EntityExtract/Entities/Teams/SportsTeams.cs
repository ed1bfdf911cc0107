using EntityExtract.Entities.Joining;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Tokenization;
using Cue = EntityExtract.Entities.Teams.TeamUse.Cue;

namespace EntityExtract.Entities.Teams;

/// <summary>
/// Decides, in one article, which mentions of a country or a state (a region:
/// <see cref="PlaceNames.IsRegion"/>) name the place and which name its team, so a country and its
/// national sides resolve as a place and an organization, two corpus rows instead of one that
/// mixes them (<see cref="Tables.CorpusNames.SharedType"/>).
/// <list type="bullet">
/// <item>In an article that reads as a sports report (<see cref="SportsArticle"/>), each mention
/// goes by what its own words say (<see cref="TeamUse"/>): the team in "England beat Pakistan",
/// the place in the dateline "BIRMINGHAM, England" above it. A mention whose words say neither
/// goes with the name's other mentions in the article: the team where more of them say team than
/// place; on a tie, the team in a sure sports report and the tagger's type in a likely one.</item>
/// <item>Elsewhere, a region that the tagger typed an organization is the place ("U.S.
/// officials", "a Texas trader"): news names a government or a team by its country far less
/// often than the country itself.</item>
/// </list>
/// Towns are left to the tagger: companies are named after towns too, and their clubs share
/// their key (<see cref="Tables.CorpusNames.SharedType"/>).
/// </summary>
internal static class SportsTeams
{
    /// <summary>Retypes <paramref name="article"/>'s mentions of regions in place.</summary>
    public static void Retype(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int firstToken, int endToken, Span<Mention> article)
    {
        string?[]? keys = null; // the key of each mention of a region; null for the others
        for (var i = 0; i < article.Length; i++)
        {
            if (article[i].Type is EntityType.Location or EntityType.Organization
                && NameKey.Of(text[article[i].Start..article[i].End]) is var key && PlaceNames.IsRegion(key))
            {
                (keys ??= new string?[article.Length])[i] = key;
            }
        }

        if (keys is null)
        {
            return; // an article that names no country or state needs no reading of its words
        }

        var score = SportsArticle.Score(text, tokens, firstToken, endToken);
        if (score < SportsArticle.Likely)
        {
            RetypeRegions(article, keys);
            return;
        }

        var cues = new Cue[article.Length];
        var tally = new Dictionary<string, (int Team, int Place)>(StringComparer.Ordinal);
        for (var i = 0; i < article.Length; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }

            cues[i] = TeamUse.Of(text, article[i]);
            var (team, place) = tally.GetValueOrDefault(key);
            tally[key] = cues[i] switch
            {
                Cue.Team => (team + 1, place),
                Cue.Place => (team, place + 1),
                _ => (team, place),
            };
        }

        var sure = score >= SportsArticle.Sure;
        for (var i = 0; i < article.Length; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }

            var (team, place) = tally[key];
            var isTeam = cues[i] switch
            {
                Cue.Team => true,
                Cue.Place => false,
                _ => team > place || (team == place && (sure || article[i].Type == EntityType.Organization)),
            };
            article[i] = article[i] with { Type = isTeam ? EntityType.Organization : EntityType.Location };
        }
    }

    /// <summary>Outside sports reports: a country or a state typed an organization is the place.</summary>
    private static void RetypeRegions(Span<Mention> article, string?[] keys)
    {
        for (var i = 0; i < article.Length; i++)
        {
            if (keys[i] is not null && article[i].Type == EntityType.Organization)
            {
                article[i] = article[i] with { Type = EntityType.Location };
            }
        }
    }
}
