namespace PolicyQuiz.Generation.Tests;

public sealed class VerbLemmaTests
{
    [Theory]
    [InlineData("piled", "pile")]
    [InlineData("voted", "vote")]
    [InlineData("quoted", "quote")]
    [InlineData("typed", "type")]
    [InlineData("coincided", "coincide")]
    [InlineData("compiled", "compile")]
    [InlineData("scheduled", "schedule")]
    [InlineData("declined", "decline")]
    [InlineData("assumed", "assume")]
    [InlineData("invoked", "invoke")]
    [InlineData("described", "describe")]
    [InlineData("declared", "declare")]
    [InlineData("endorsed", "endorse")]
    [InlineData("collapsed", "collapse")]
    [InlineData("caused", "cause")]
    [InlineData("raised", "raise")]
    [InlineData("disputed", "dispute")]
    [InlineData("erased", "erase")]
    public void An_unknown_past_that_dropped_a_silent_e_gets_it_back(string past, string lemma) =>
        Assert.Equal(lemma, Lexicon.GuessLemma(past));

    [Theory]
    [InlineData("visited", "visit")]
    [InlineData("opened", "open")]
    [InlineData("ordered", "order")]
    [InlineData("developed", "develop")]
    [InlineData("focused", "focus")]
    [InlineData("biased", "bias")]
    [InlineData("abandoned", "abandon")]
    [InlineData("targeted", "target")]
    [InlineData("showed", "show")]
    [InlineData("mixed", "mix")]
    [InlineData("pulled", "pull")]
    [InlineData("stopped", "stop")]
    [InlineData("feared", "fear")]
    [InlineData("avoided", "avoid")]
    [InlineData("failed", "fail")]
    [InlineData("ended", "end")]
    public void An_unknown_past_with_no_silent_e_keeps_its_stem(string past, string lemma) =>
        Assert.Equal(lemma, Lexicon.GuessLemma(past));
}
