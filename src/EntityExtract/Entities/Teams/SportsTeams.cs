using EntityExtract.Entities.Joining;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Tokenization;
using Cue = EntityExtract.Entities.Teams.TeamUse.Cue;

namespace EntityExtract.Entities.Teams;

/// <summary>
/// Decides, in one article, which mentions of a known place (<see cref="PlaceNames"/>) name the
/// place and which name a body called after it, so a country and its national team, or a city
/// and its club, resolve as a place and an organization, two corpus rows instead of one that mixes
/// them (<see cref="Tables.CorpusNames.SharedType"/>).
/// <list type="bullet">
/// <item>In an article that reads as a sports report (<see cref="SportsArticle"/>), each mention
/// goes by what its own words say (<see cref="TeamUse"/>): the team in "England beat Pakistan",
/// the place in the dateline "BIRMINGHAM, England" above it. A mention whose words say neither
/// goes with the name's other mentions in the article: the team where more of them say team than
/// place; on a tie, the team in a sure sports report and the tagger's type in a likely one.</item>
/// <item>Elsewhere, a country or a state (<see cref="PlaceNames.IsRegion"/>) that the tagger typed
/// an organization is the place ("U.S. officials", "a Texas trader"): news names a government or
/// a team by its country far less often than the country itself. A city keeps the tagger's type
/// there: companies are named after cities too.</item>
/// </list>
/// </summary>
internal static class SportsTeams
{
    /// <summary>Retypes <paramref name="article"/>'s mentions of known places in place.</summary>
    public static void Retype(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int firstToken, int endToken, Span<Mention> article)
    {
        var score = SportsArticle.Score(text, tokens, firstToken, endToken);
        if (score < SportsArticle.Likely)
        {
            RetypeRegions(text, article);
            return;
        }

        var cues = new Cue[article.Length];
        var keys = new string?[article.Length];
        var tally = new Dictionary<string, (int Team, int Place)>(StringComparer.Ordinal);
        for (var i = 0; i < article.Length; i++)
        {
            if (article[i].Type is not (EntityType.Location or EntityType.Organization))
            {
                continue;
            }

            var key = NameKey.Of(text[article[i].Start..article[i].End]);
            if (!PlaceNames.IsRegion(key))
            {
                continue;
            }

            keys[i] = key;
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
    private static void RetypeRegions(ReadOnlySpan<char> text, Span<Mention> article)
    {
        for (var i = 0; i < article.Length; i++)
        {
            if (article[i].Type == EntityType.Organization && PlaceNames.IsRegion(NameKey.Of(text[article[i].Start..article[i].End])))
            {
                article[i] = article[i] with { Type = EntityType.Location };
            }
        }
    }
}
