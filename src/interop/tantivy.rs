//! A tantivy token filter that normalizes every token (the `tantivy` feature).
//!
//! [`NormalizeFilter`] implements `TokenFilter` of the `tantivy-tokenizer-api` crate, the
//! trait tantivy's `TextAnalyzer::builder(..).filter(..)` takes, so it plugs into any
//! tantivy analyzer: each token's text goes through a [`Normalizer`], and a token that
//! normalizes to nothing (a lone tatweel, a lone diacritic) is dropped. Offsets and
//! positions are left as the tokenizer set them.
//!
//! ```
//! use arabic_text::tantivy::NormalizeFilter;
//! use arabic_text::Normalizer;
//! use tantivy_tokenizer_api::{Token, TokenFilter, TokenStream, Tokenizer};
//!
//! // A tokenizer that splits on white space, standing in for tantivy's own.
//! #[derive(Clone)]
//! struct Words;
//! struct WordStream<'a>(std::iter::Peekable<std::str::SplitWhitespace<'a>>, &'a str, Token);
//! impl Tokenizer for Words {
//!     type TokenStream<'a> = WordStream<'a>;
//!     fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
//!         WordStream(text.split_whitespace().peekable(), text, Token::default())
//!     }
//! }
//! impl TokenStream for WordStream<'_> {
//!     fn advance(&mut self) -> bool {
//!         let Some(word) = self.0.next() else { return false };
//!         let from = word.as_ptr() as usize - self.1.as_ptr() as usize;
//!         self.2.offset_from = from;
//!         self.2.offset_to = from + word.len();
//!         self.2.position = self.2.position.wrapping_add(1);
//!         self.2.text = word.to_string();
//!         true
//!     }
//!     fn token(&self) -> &Token { &self.2 }
//!     fn token_mut(&mut self) -> &mut Token { &mut self.2 }
//! }
//!
//! let mut analyzer = NormalizeFilter::new(Normalizer::search()).transform(Words);
//! let mut stream = analyzer.token_stream("أَحْمَد ـ كشـ24");
//! let mut texts = Vec::new();
//! while let Some(token) = stream.next() {
//!     texts.push(token.text.clone());
//! }
//! assert_eq!(texts, ["احمد", "كش24"]); // the lone tatweel is gone
//! ```

use alloc::string::String;
use core::mem;

use tantivy_tokenizer_api::{Token, TokenFilter, TokenStream, Tokenizer};

use crate::Normalizer;

/// A tantivy `TokenFilter` that normalizes each token's text with a [`Normalizer`] and
/// drops the tokens that normalize to the empty string.
///
/// # Examples
///
/// ```
/// use arabic_text::tantivy::NormalizeFilter;
/// use arabic_text::Normalizer;
///
/// // What Elasticsearch's `arabic_normalization` token filter does.
/// let filter = NormalizeFilter::new(Normalizer::lucene());
/// assert_eq!(filter.normalizer(), Normalizer::lucene());
/// assert_eq!(NormalizeFilter::default().normalizer(), Normalizer::search());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NormalizeFilter {
    normalizer: Normalizer,
}

impl NormalizeFilter {
    /// A filter applying `normalizer` (a preset such as [`Normalizer::search`], or one
    /// adjusted with its setters).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::tantivy::NormalizeFilter;
    /// use arabic_text::{Digits, Normalizer};
    ///
    /// let filter = NormalizeFilter::new(Normalizer::search().digits(Digits::Keep));
    /// assert_eq!(filter.normalizer().normalize("١٢"), "١٢");
    /// ```
    #[must_use]
    pub const fn new(normalizer: Normalizer) -> Self {
        NormalizeFilter { normalizer }
    }

    /// The normalizer this filter applies.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::tantivy::NormalizeFilter;
    /// use arabic_text::Normalizer;
    ///
    /// assert_eq!(NormalizeFilter::new(Normalizer::camel()).normalizer(), Normalizer::camel());
    /// ```
    pub const fn normalizer(&self) -> Normalizer {
        self.normalizer
    }
}

impl Default for NormalizeFilter {
    /// The [`search`](Normalizer::search) preset, meant for indexing and matching.
    fn default() -> Self {
        Self::new(Normalizer::search())
    }
}

impl From<Normalizer> for NormalizeFilter {
    fn from(normalizer: Normalizer) -> Self {
        Self::new(normalizer)
    }
}

impl TokenFilter for NormalizeFilter {
    type Tokenizer<T: Tokenizer> = NormalizeFilterWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> NormalizeFilterWrapper<T> {
        NormalizeFilterWrapper {
            normalizer: self.normalizer,
            inner: tokenizer,
            buffer: String::new(),
        }
    }
}

/// The tokenizer a [`NormalizeFilter`] makes of the tokenizer it wraps (what
/// `TokenFilter::transform` returns).
#[derive(Clone, Debug)]
pub struct NormalizeFilterWrapper<T> {
    normalizer: Normalizer,
    inner: T,
    /// Reused across tokens and texts, swapped with each changed token's text.
    buffer: String,
}

impl<T: Tokenizer> Tokenizer for NormalizeFilterWrapper<T> {
    type TokenStream<'a> = NormalizeFilterStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.buffer.clear();
        NormalizeFilterStream {
            normalizer: self.normalizer,
            tail: self.inner.token_stream(text),
            buffer: &mut self.buffer,
        }
    }
}

/// The token stream of a [`NormalizeFilterWrapper`]: the wrapped stream's tokens,
/// normalized, without the ones that normalize to nothing.
#[derive(Debug)]
pub struct NormalizeFilterStream<'a, T> {
    normalizer: Normalizer,
    tail: T,
    buffer: &'a mut String,
}

impl<T: TokenStream> TokenStream for NormalizeFilterStream<'_, T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            let token = self.tail.token_mut();
            if !self.normalizer.is_normalized(&token.text) {
                self.buffer.clear();
                self.normalizer.normalize_into(&token.text, self.buffer);
                mem::swap(&mut token.text, self.buffer);
            }
            if !token.text.is_empty() {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
