package org.rt2kb.security;

import jakarta.persistence.Converter;
import org.rt2kb.shared.CodedConverter;

@Converter(autoApply = true)
class RoleConverter extends CodedConverter<Role> {

    RoleConverter() {
        super(Role.class);
    }
}
