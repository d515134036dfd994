// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractioncontext.h"

#include "extract/gazetteer.h"

namespace Gazette {

ExtractionContext::ExtractionContext(const Article &source, const QList<LexiconEntry> &readerLexicon)
    : article(source)
    , text(source.text)
    , lexicon(readerLexicon)
    , gazetteer(Gazetteer::instance())
    , sentences(Tokenizer::sentences(source.text))
    , layout(source.text, sentences)
    , spans(source.text)
{
}

} // namespace Gazette
