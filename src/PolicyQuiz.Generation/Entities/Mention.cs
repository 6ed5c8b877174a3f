namespace PolicyQuiz.Generation;

/// <summary>
/// A span of tokens that names something: a person, place, organisation, time or amount.
/// <see cref="Canonical"/> is the full form (a person's full name for a surname mention);
/// <see cref="Role"/> is the role phrase the article gives a person ("Japan's economic minister").
/// </summary>
public sealed class Mention
{
    public required int Sentence { get; init; }

    public required int Start { get; set; }

    public required int End { get; set; }

    public required string Text { get; set; }

    public required EntityType Type { get; set; }

    /// <summary>A lowercase noun for "which X" questions: ministry, province, company, deposit.</summary>
    public string? Noun { get; set; }

    public string? Canonical { get; set; }

    public string? Role { get; set; }

    /// <summary>How the role was given: "pre" (title before the name), "appositive", "relative".</summary>
    public string? RoleForm { get; set; }

    public string? Acronym { get; set; }

    public string? Country { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>For amounts that count things: the counted noun phrase ("aid trucks").</summary>
    public string? Counted { get; set; }

    /// <summary>For amounts: the bare figure without the counted noun ("600").</summary>
    public string? Figure { get; set; }

    public bool Possessive { get; set; }

    /// <summary>A place said as a nationality word and a noun ("Chinese ports"), the noun in <see cref="Noun"/>.</summary>
    public bool NationalityPlace { get; init; }

    public bool FromPronoun { get; set; }

    public bool Certain { get; set; }

    public string Full => Canonical ?? Text;

    public override string ToString() => $"{Text} [{Type}]" + (Role is null ? string.Empty : $" ({Role})");
}
