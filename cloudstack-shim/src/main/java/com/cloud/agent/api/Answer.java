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
package com.cloud.agent.api;

import java.io.PrintWriter;
import java.io.StringWriter;

public class Answer extends Command {
    protected boolean result;
    protected String details;

    protected Answer() {
        this(null);
    }

    public Answer(Command command) {
        this(command, true, null);
    }

    public Answer(Command command, boolean success, String details) {
        result = success;
        this.details = details;
    }

    public Answer(Command command, Exception e) {
        this(command, false, stackTrace(e));
    }

    public boolean getResult() {
        return result;
    }

    public String getDetails() {
        return details;
    }

    @Override
    public boolean executeInSequence() {
        return false;
    }

    public static UnsupportedAnswer createUnsupportedCommandAnswer(Command cmd) {
        return new UnsupportedAnswer(cmd, "Unsupported command issued: " + cmd.toString() + ".  Are you sure you got the right type of server?");
    }

    public static UnsupportedAnswer createUnsupportedVersionAnswer(Command cmd) {
        return new UnsupportedAnswer(cmd, "Unsupported Version.");
    }

    // CloudStack's ExceptionUtil.toString: the exception with its stack trace
    private static String stackTrace(final Exception e) {
        if (e == null) {
            return null;
        }
        final StringWriter writer = new StringWriter();
        e.printStackTrace(new PrintWriter(writer));
        return writer.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Answer) || !super.equals(o)) {
            return false;
        }
        Answer answer = (Answer)o;
        if (result != answer.result) {
            return false;
        }
        return details != null ? details.equals(answer.details) : answer.details == null;
    }

    @Override
    public int hashCode() {
        int result1 = super.hashCode();
        result1 = 31 * result1 + (result ? 1 : 0);
        return 31 * result1 + (details != null ? details.hashCode() : 0);
    }
}
