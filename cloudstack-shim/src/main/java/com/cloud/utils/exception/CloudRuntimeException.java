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
package com.cloud.utils.exception;

import java.util.ArrayList;
import java.util.List;

import com.cloud.utils.Pair;

public class CloudRuntimeException extends RuntimeException implements ErrorContext {
    private static final long serialVersionUID = 1L;

    // the uuids of the objects that caused the error, for the API's uuidList
    transient protected ArrayList<ExceptionProxyObject> idList = new ArrayList<>();

    transient protected ArrayList<Pair<Class<?>, String>> uuidList = new ArrayList<>();

    protected int csErrorCode;

    public CloudRuntimeException(String message) {
        super(message);
    }

    public CloudRuntimeException(String message, Throwable th) {
        super(message, th);
    }

    protected CloudRuntimeException() {
        super();
    }

    public CloudRuntimeException(Throwable t) {
        super(t.getMessage(), t);
    }

    public void addProxyObject(ExceptionProxyObject obj) {
        idList.add(obj);
    }

    public void addProxyObject(String uuid) {
        idList.add(new ExceptionProxyObject(uuid, null));
    }

    public void addProxyObject(String voObjUuid, String description) {
        idList.add(new ExceptionProxyObject(voObjUuid, description));
    }

    @Override
    public CloudRuntimeException add(Class<?> entity, String uuid) {
        uuidList.add(new Pair<Class<?>, String>(entity, uuid));
        return this;
    }

    public ArrayList<ExceptionProxyObject> getIdProxyList() {
        return idList;
    }

    public void setCSErrorCode(int cserrcode) {
        csErrorCode = cserrcode;
    }

    public int getCSErrorCode() {
        return csErrorCode;
    }

    @Override
    public List<Pair<Class<?>, String>> getEntitiesInError() {
        return uuidList;
    }
}
