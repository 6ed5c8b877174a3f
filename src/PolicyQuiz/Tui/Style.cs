namespace PolicyQuiz.Tui;

/// <summary>What a piece of text means on screen; <see cref="Theme"/> decides how that looks.</summary>
internal enum Style
{
    Normal,
    Heading,
    Dim,
    Accent,
    Good,
    Bad,
    Selected,
    Key,
}
