namespace PolicyQuiz.Packs.Interchange.Gift;

/// <summary>One answer inside a GIFT answer block: = or ~, an optional %weight%, its text, and where it starts.</summary>
internal sealed record GiftOption(char Mark, double? Weight, string Text, string? MatchRight, int Offset)
{
    public bool IsRight => Weight is { } weight ? weight > 0 : Mark == '=';
}
