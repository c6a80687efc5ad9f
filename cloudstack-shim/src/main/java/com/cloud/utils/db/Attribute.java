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

import java.lang.reflect.Field;

import javax.persistence.Column;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One persisted field of an entity: its table, column and what the DAO may do with it.
 */
public class Attribute {
    public enum Flag {
        Insertable(0x01),
        Updatable(0x02),
        Nullable(0x04),
        DaoGenerated(0x08),
        DbGenerated(0x10),
        Embedded(0x20),
        Id(0x40),
        Selectable(0x80),
        Time(0x100),
        Date(0x200),
        TimeStamp(0x400),
        SequenceGV(0x1000),
        TableGV(0x2000),
        AutoGV(0x4000),
        Created(0x10000),
        Removed(0x20000),
        DC(0x40000),
        CharDT(0x100000),
        StringDT(0x200000),
        IntegerDT(0x400000),
        Encrypted(0x800000);

        int place;

        Flag(int place) {
            this.place = place;
        }

        public int place() {
            return place;
        }

        public boolean check(int value) {
            return (value & place) == place;
        }

        public int setTrue(int value) {
            return (value | place);
        }

        public int setFalse(int value) {
            return (value & ~place);
        }
    }

    protected String table;
    protected String columnName;
    protected Object value;
    protected Field field;
    protected int flags;
    protected Column column;

    public Attribute(String table, String columnName) {
        this.table = table;
        this.columnName = columnName;
    }

    public Attribute(Object value) {
        this.value = value;
    }

    Attribute(Field field, String table) {
        this.field = field;
        this.table = table;
        this.column = field.getAnnotation(Column.class);
        this.columnName = column != null && !column.name().isEmpty() ? column.name() : field.getName();
        flags = Flag.Selectable.setTrue(flags);

        GeneratedValue gv = field.getAnnotation(GeneratedValue.class);
        if (gv != null && (gv.strategy() == GenerationType.IDENTITY || gv.strategy() == GenerationType.AUTO)) {
            flags = Flag.DbGenerated.setTrue(flags);
        }
        if (field.getAnnotation(Id.class) != null) {
            flags = Flag.Id.setTrue(flags);
        }
        if (gv == null) {
            if (column == null || column.insertable()) {
                flags = Flag.Insertable.setTrue(flags);
            }
            if (!isId() && (column == null || column.updatable())) {
                flags = Flag.Updatable.setTrue(flags);
            }
        }
        if (column == null || column.nullable()) {
            flags = Flag.Nullable.setTrue(flags);
        }
        Encrypt encrypt = field.getAnnotation(Encrypt.class);
        if (encrypt != null && encrypt.encrypt()) {
            flags = Flag.Encrypted.setTrue(flags);
        }
        Temporal temporal = field.getAnnotation(Temporal.class);
        if (temporal != null && temporal.value() == TemporalType.DATE) {
            flags = Flag.Date.setTrue(flags);
        } else if (temporal != null && temporal.value() == TemporalType.TIME) {
            flags = Flag.Time.setTrue(flags);
        } else {
            flags = Flag.TimeStamp.setTrue(flags);
        }
        // CloudStack's conventions for the audit columns: created is stamped once on insert,
        // removed is only written by remove()/unremove() (soft delete).
        if (GenericDao.CREATED_COLUMN.equals(columnName)) {
            flags = Flag.Created.setTrue(flags);
            flags = Flag.DaoGenerated.setTrue(flags);
            flags = Flag.Updatable.setFalse(flags);
        } else if (GenericDao.REMOVED_COLUMN.equals(columnName)) {
            flags = Flag.Removed.setTrue(flags);
            flags = Flag.DaoGenerated.setTrue(flags);
            flags = Flag.Insertable.setFalse(flags);
        }
        field.setAccessible(true);
    }

    public final boolean isInsertable() {
        return Flag.Insertable.check(flags);
    }

    public final boolean isUpdatable() {
        return Flag.Updatable.check(flags);
    }

    public final boolean isNullable() {
        return Flag.Nullable.check(flags);
    }

    public final boolean isId() {
        return Flag.Id.check(flags);
    }

    public final boolean isSelectable() {
        return Flag.Selectable.check(flags);
    }

    public final boolean is(Flag flag) {
        return flag.check(flags);
    }

    public final void setTrue(Flag flag) {
        flags = flag.setTrue(flags);
    }

    public final void setFalse(Flag flag) {
        flags = flag.setFalse(flags);
    }

    public final boolean isEncrypted() {
        return Flag.Encrypted.check(flags);
    }

    public Field getField() {
        return field;
    }

    public Object getValue() {
        return value;
    }

    public String getColumnName() {
        return columnName;
    }

    public void setColumnName(String columnName) {
        this.columnName = columnName;
    }

    public Object get(Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    /** The column qualified with its table and quoted, for SQL text. */
    String qualified() {
        return "`" + table + "`.`" + columnName + "`";
    }

    @Override
    public int hashCode() {
        return columnName.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Attribute)) {
            return false;
        }
        Attribute that = (Attribute)obj;
        return columnName.equals(that.columnName) && java.util.Objects.equals(table, that.table);
    }

    @Override
    public String toString() {
        return table + "." + columnName;
    }
}
