/**
 * What the extractor stages share about a sentence they read; internal to the extractors module
 * (the package is not exported).
 */
package dev.nirjas.sentence;
