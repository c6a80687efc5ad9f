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
package org.apache.cloudstack.devcloud.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a MySQL script into statements the way the mysql client does: on ';' (or the current DELIMITER) outside
 * quotes, backticks and comments. Comments are dropped.
 */
public final class SqlStatements {
    private SqlStatements() {
    }

    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        String delimiter = ";";
        StringBuilder current = new StringBuilder();
        int n = script.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = script.charAt(i);
            if (lineStart && current.toString().isBlank() && script.regionMatches(true, i, "DELIMITER ", 0, 10)) {
                int eol = script.indexOf('\n', i);
                eol = eol < 0 ? n : eol;
                delimiter = script.substring(i + 10, eol).trim();
                current.setLength(0);
                i = eol + 1;
                continue;
            }
            lineStart = false;
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-' && (i + 2 >= n || Character.isWhitespace(script.charAt(i + 2)))
                || c == '#') {
                int eol = script.indexOf('\n', i);
                i = eol < 0 ? n : eol;
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                current.append(' ');
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < n) {
                    char d = script.charAt(j);
                    if (d == '\\' && c != '`') {
                        j += 2;
                        continue;
                    }
                    if (d == c) {
                        if (j + 1 < n && script.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                current.append(script, i, Math.min(j + 1, n));
                i = j + 1;
                continue;
            }
            if (script.startsWith(delimiter, i)) {
                add(statements, current);
                i += delimiter.length();
                continue;
            }
            if (c == '\n') {
                lineStart = true;
            }
            current.append(c);
            i++;
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String s = current.toString().trim();
        if (!s.isEmpty()) {
            statements.add(s);
        }
        current.setLength(0);
    }
}
