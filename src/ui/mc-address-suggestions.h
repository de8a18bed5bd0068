/* mc-address-suggestions.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-dossiers.h"

G_BEGIN_DECLS

#define MC_TYPE_ADDRESS_SUGGESTIONS (mc_address_suggestions_get_type ())

G_DECLARE_FINAL_TYPE (McAddressSuggestions, mc_address_suggestions, MC, ADDRESS_SUGGESTIONS, AdwPreferencesRow)

AdwEntryRow *mc_address_suggestions_get_entry (McAddressSuggestions *self);
void         mc_address_suggestions_set_entry (McAddressSuggestions *self,
                                               AdwEntryRow          *entry);
void         mc_address_suggestions_load      (McAddressSuggestions *self,
                                               McDossiers           *dossiers,
                                               GCancellable         *cancellable);

G_END_DECLS
