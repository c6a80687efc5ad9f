// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.

package com.cloud.utils.db;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;

import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import com.cloud.utils.crypt.DBEncryptionUtil;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.net.Ip;

/**
 * Converts between entity field values and JDBC parameters/results, the way CloudStack stores
 * them: dates as UTC text, enums by name (their toString(), read back case-insensitively), encrypted
 * strings through DBEncryptionUtil.
 */
final class ValueCodec {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ValueCodec() {
    }

    /** Binds a value written to, or compared with, the attribute's column. */
    static void bind(PreparedStatement ps, int index, Attribute attr, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
            return;
        }
        Class<?> type = attr.field != null ? attr.field.getType() : value.getClass();
        if (type == String.class && value instanceof String) {
            String str = (String)value;
            ps.setString(index, attr.isEncrypted() ? DBEncryptionUtil.encrypt(str) : str);
        } else if (value instanceof Date) {
            Date date = (Date)value;
            if (date.equals(GenericDaoBase.DATE_TO_NULL)) {
                ps.setNull(index, Types.NULL);
            } else {
                ps.setString(index, formatDate(attr, date));
            }
        } else if (value instanceof Enum) {
            Enumerated enumerated = attr.field != null ? attr.field.getAnnotation(Enumerated.class) : null;
            if (enumerated != null && enumerated.value() == EnumType.ORDINAL) {
                ps.setInt(index, ((Enum<?>)value).ordinal());
            } else {
                ps.setString(index, value.toString());
            }
        } else if (value instanceof Boolean) {
            ps.setBoolean(index, (Boolean)value);
        } else if (value instanceof byte[]) {
            ps.setBytes(index, (byte[])value);
        } else if (value instanceof Ip) {
            // as CloudStack: by address text with @Enumerated(STRING), else as a number
            if (isStringEnumerated(attr)) {
                ps.setString(index, value.toString());
            } else {
                ps.setLong(index, ((Ip)value).longValue());
            }
        } else if (value instanceof Collection || value.getClass().isArray()) {
            throw new CloudRuntimeException("A list was given for the single value of " + attr);
        } else if (value instanceof Number || value instanceof String || value instanceof Character) {
            ps.setObject(index, value);
        } else {
            // never let the driver serialize an arbitrary object into the column
            throw new CloudRuntimeException("Unsupported value type " + value.getClass().getName() + " for " + attr);
        }
    }

    private static boolean isStringEnumerated(Attribute attr) {
        Enumerated enumerated = attr.field != null ? attr.field.getAnnotation(Enumerated.class) : null;
        return enumerated != null && enumerated.value() == EnumType.STRING;
    }

    /** Reads the attribute's column into the value its field holds. */
    static Object read(ResultSet rs, int index, Attribute attr) throws SQLException {
        Class<?> type = attr.field.getType();
        if (type == String.class) {
            String str = rs.getString(index);
            return str != null && attr.isEncrypted() ? DBEncryptionUtil.decrypt(str) : str;
        }
        if (type.isEnum()) {
            Enumerated enumerated = attr.field.getAnnotation(Enumerated.class);
            if (enumerated != null && enumerated.value() == EnumType.ORDINAL) {
                int ordinal = rs.getInt(index);
                return rs.wasNull() ? null : type.getEnumConstants()[ordinal];
            }
            String name = rs.getString(index);
            if (name == null) {
                return null;
            }
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>)constant).name().equalsIgnoreCase(name) || constant.toString().equalsIgnoreCase(name)) {
                    return constant;
                }
            }
            throw new CloudRuntimeException("Column " + attr + " holds '" + name + "', which is not a " + type.getSimpleName());
        }
        if (type == Date.class) {
            return parseDate(attr, rs.getString(index));
        }
        if (type == Ip.class) {
            if (isStringEnumerated(attr)) {
                String address = rs.getString(index);
                return address == null ? null : new Ip(address);
            }
            long value = rs.getLong(index);
            return rs.wasNull() ? null : new Ip(value);
        }
        return getObject(type, rs, index);
    }

    /** Reads a column into a requested Java type (custom search results). */
    @SuppressWarnings("unchecked")
    static <M> M getObject(Class<M> type, ResultSet rs, int index) throws SQLException {
        Object result;
        if (type == String.class) {
            result = rs.getString(index);
        } else if (type == long.class || type == Long.class) {
            long v = rs.getLong(index);
            result = rs.wasNull() && type == Long.class ? null : v;
        } else if (type == int.class || type == Integer.class) {
            int v = rs.getInt(index);
            result = rs.wasNull() && type == Integer.class ? null : v;
        } else if (type == short.class || type == Short.class) {
            short v = rs.getShort(index);
            result = rs.wasNull() && type == Short.class ? null : v;
        } else if (type == byte.class || type == Byte.class) {
            byte v = rs.getByte(index);
            result = rs.wasNull() && type == Byte.class ? null : v;
        } else if (type == boolean.class || type == Boolean.class) {
            boolean v = rs.getBoolean(index);
            result = rs.wasNull() && type == Boolean.class ? null : v;
        } else if (type == float.class || type == Float.class) {
            float v = rs.getFloat(index);
            result = rs.wasNull() && type == Float.class ? null : v;
        } else if (type == double.class || type == Double.class) {
            double v = rs.getDouble(index);
            result = rs.wasNull() && type == Double.class ? null : v;
        } else if (type == Date.class) {
            result = parseDate(null, rs.getString(index));
        } else if (type == BigDecimal.class) {
            result = rs.getBigDecimal(index);
        } else if (type == byte[].class) {
            result = rs.getBytes(index);
        } else if (type.isEnum()) {
            String name = rs.getString(index);
            result = null;
            if (name != null) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>)constant).name().equalsIgnoreCase(name)) {
                        result = constant;
                    }
                }
            }
        } else {
            result = rs.getObject(index);
        }
        return (M)result;
    }

    static String formatDate(Attribute attr, Date date) {
        LocalDateTime utc = LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
        if (attr != null && attr.is(Attribute.Flag.Date)) {
            return utc.toLocalDate().format(DATE);
        } else if (attr != null && attr.is(Attribute.Flag.Time)) {
            return utc.toLocalTime().format(TIME);
        }
        return utc.format(TIMESTAMP);
    }

    static Date parseDate(Attribute attr, String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        try {
            if (attr != null && attr.is(Attribute.Flag.Time)) {
                LocalTime t = LocalTime.parse(s.length() > 8 ? s.substring(0, 8) : s, TIME);
                return Date.from(t.atDate(LocalDate.EPOCH).toInstant(ZoneOffset.UTC));
            }
            if (s.length() == 10) {
                return Date.from(LocalDate.parse(s, DATE).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            return Date.from(LocalDateTime.parse(s.substring(0, 19), TIMESTAMP).toInstant(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            throw new CloudRuntimeException("Unparseable date in the database: " + text, e);
        }
    }

    static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        } else if (type == boolean.class) {
            return false;
        } else if (type == char.class) {
            return '\0';
        } else if (type == byte.class) {
            return (byte)0;
        } else if (type == short.class) {
            return (short)0;
        } else if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == float.class) {
            return 0f;
        } else if (type == double.class) {
            return 0d;
        }
        return null;
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof byte[] && b instanceof byte[]) {
            return java.util.Arrays.equals((byte[])a, (byte[])b);
        }
        if (a instanceof Date && b instanceof Date) {
            return ((Date)a).getTime() == ((Date)b).getTime();
        }
        return java.util.Objects.equals(a, b);
    }
}
