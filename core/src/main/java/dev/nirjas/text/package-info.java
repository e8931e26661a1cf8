/**
 * Bengali text handling: canonical form with an offset map ({@link dev.nirjas.text.TextNormalizer}),
 * sentences and tokens ({@link dev.nirjas.text.Segmenter}), digits ({@link dev.nirjas.text.Digits})
 * and loose lexicon keys ({@link dev.nirjas.text.MatchingKey}).
 */
package dev.nirjas.text;
