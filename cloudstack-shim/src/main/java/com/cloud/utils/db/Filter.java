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
import javax.persistence.Table;

import com.cloud.utils.exception.CloudRuntimeException;

/**
 * Order, offset and limit of a search. The limit applies whenever it is set (offset 0 if absent).
 */
public class Filter {
    Long _offset;
    Long _limit;
    String _orderBy;

    /**
     * @param clazz the VO whose field orders the result
     * @param field name of the field (not the column)
     */
    public Filter(Class<?> clazz, String field, boolean ascending, Long offset, Long limit) {
        _offset = offset;
        _limit = limit;
        addOrderBy(clazz, field, ascending);
    }

    public Filter(long limit) {
        _limit = limit;
    }

    /** Copies the order only, as CloudStack's copy constructor does. */
    public Filter(Filter that) {
        this._orderBy = that._orderBy;
    }

    public void addOrderBy(Class<?> clazz, String field, boolean ascending) {
        if (field == null) {
            return;
        }
        Field f = null;
        Class<?> declaring = null;
        for (Class<?> c = clazz; c != null && c != Object.class && f == null; c = c.getSuperclass()) {
            try {
                f = c.getDeclaredField(field);
                declaring = c;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        if (f == null) {
            throw new CloudRuntimeException("Can't find field " + field + " in " + clazz.getName() + " to order by");
        }
        Column column = f.getAnnotation(Column.class);
        String name = column != null && !column.name().isEmpty() ? column.name() : field;
        String table = tableName(clazz, declaring);
        String order = "`" + table + "`.`" + name + "`" + (ascending ? " ASC" : " DESC");
        _orderBy = _orderBy == null ? " ORDER BY " + order : _orderBy + ", " + order;
    }

    private static String tableName(Class<?> clazz, Class<?> declaring) {
        for (Class<?> c = clazz; c != null && c != Object.class; c = c.getSuperclass()) {
            Table t = c.getAnnotation(Table.class);
            if (t != null) {
                return t.name();
            }
        }
        return declaring.getSimpleName();
    }

    public String getOrderBy() {
        return _orderBy;
    }

    public void setOffset(Long offset) {
        _offset = offset;
    }

    public Long getOffset() {
        return _offset;
    }

    public Long getLimit() {
        return _limit;
    }

    public void setLimit(Long limit) {
        _limit = limit;
    }
}
