namespace EntityExtract.Report;

/// <summary>
/// How the page tells entity types apart: a colour (from a palette readable by the colour-blind)
/// and a shape, so that types differ even in grey print. One place, used by charts, network and
/// script alike (the script reads the classes <c>t-person</c>…).
/// </summary>
internal static class TypeStyle
{
    public static string Colour(string type) => type switch
    {
        "PERSON" => "#0072b2",
        "LOCATION" => "#009e73",
        "ORGANIZATION" => "#d55e00",
        _ => "#6b6b6b",
    };

    /// <summary>Light tint of <see cref="Colour"/>, for the files bar beside the mentions bar.</summary>
    public static string Tint(string type) => type switch
    {
        "PERSON" => "#9cc8e6",
        "LOCATION" => "#8fd6bf",
        "ORGANIZATION" => "#f0b48c",
        _ => "#c4c4c4",
    };

    public static string Label(string type) => type switch
    {
        "PERSON" => "People",
        "LOCATION" => "Places",
        "ORGANIZATION" => "Organisations",
        _ => "Other names",
    };

    /// <summary>An SVG shape of size about 2r centred on (x, y): circle, square, diamond or triangle.</summary>
    public static string Mark(string type, double x, double y, double r)
    {
        var fill = Colour(type);
        return type switch
        {
            "PERSON" => Svg.F($"<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"{fill}\"/>"),
            "LOCATION" => Svg.F($"<rect x=\"{x - r}\" y=\"{y - r}\" width=\"{2 * r}\" height=\"{2 * r}\" fill=\"{fill}\"/>"),
            "ORGANIZATION" => Svg.F($"<polygon points=\"{x},{y - r - 1} {x + r + 1},{y} {x},{y + r + 1} {x - r - 1},{y}\" fill=\"{fill}\"/>"),
            _ => Svg.F($"<polygon points=\"{x},{y - r} {x + r},{y + r} {x - r},{y + r}\" fill=\"{fill}\"/>"),
        };
    }
}
