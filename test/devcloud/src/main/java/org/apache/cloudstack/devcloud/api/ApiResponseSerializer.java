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
package org.apache.cloudstack.devcloud.api;

import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.api.response.AsyncJobResponse;
import org.apache.cloudstack.devcloud.api.response.AuthenticationCmdResponse;
import org.apache.cloudstack.devcloud.api.response.CreateCmdResponse;
import org.apache.cloudstack.devcloud.api.response.ExceptionResponse;

import com.cloud.serializer.Param;
import com.cloud.user.Account;
import com.google.gson.ExclusionStrategy;
import com.google.gson.FieldAttributes;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializationContext;
import com.google.gson.JsonSerializer;

/**
 * CloudStack's response serialisation (ApiResponseSerializer with ApiResponseGsonHelper): Gson over
 * the {@code @SerializedName} fields, nulls omitted, dates {@code yyyy-MM-dd'T'HH:mm:ssZ}, one
 * top-level key, list envelopes {@code {"count":N,"<objectname>":[…]}} and {@code {}} when empty.
 * XML is a plain rendering of the same tree.
 */
public final class ApiResponseSerializer {

    public static final String RESPONSE_TYPE_JSON = "json";
    public static final String JSON_CONTENT_TYPE = "application/json; charset=UTF-8";
    public static final String XML_CONTENT_TYPE = "text/xml; charset=UTF-8";
    public static final String CLOUDSTACK_VERSION = "4.22.0.0";

    // Gson decides once per class which fields it writes, so the role filter needs one Gson per role
    private static final Map<Account.Type, Gson> GSON_BY_CALLER_TYPE = new ConcurrentHashMap<>();
    private static final Gson GSON_NO_CALLER = build(null);

    private static Gson build(Account.Type callerType) {
        return new GsonBuilder()
            .setDateFormat("yyyy-MM-dd'T'HH:mm:ssZ")
            .disableHtmlEscaping()
            .excludeFieldsWithModifiers(Modifier.TRANSIENT, Modifier.STATIC)
            .registerTypeAdapter(ResponseObject.class, new NestedResponseAdapter())
            .setExclusionStrategies(new RoleExclusionStrategy(callerType))
            .create();
    }

    /** The Gson for the caller of the current CallContext. */
    static Gson gson() {
        Account caller = CallContext.current().getCallingAccount();
        if (caller == null || caller.getType() == null) {
            return GSON_NO_CALLER;
        }
        return GSON_BY_CALLER_TYPE.computeIfAbsent(caller.getType(), ApiResponseSerializer::build);
    }

    private ApiResponseSerializer() {
    }

    public static boolean isJson(String responseType) {
        return RESPONSE_TYPE_JSON.equalsIgnoreCase(responseType);
    }

    public static String contentType(String responseType) {
        return isJson(responseType) ? JSON_CONTENT_TYPE : XML_CONTENT_TYPE;
    }

    public static String toSerializedString(ResponseObject result, String responseType) {
        JsonObject root = new JsonObject();
        root.add(result.getResponseName(), toBody(result));
        if (isJson(responseType)) {
            return gson().toJson(root);
        }
        return toXml(result.getResponseName(), root.get(result.getResponseName()));
    }

    /** The JSON tree under the top-level key. */
    public static JsonElement toBody(ResponseObject result) {
        if (result instanceof ListResponse) {
            ListResponse<?> list = (ListResponse<?>)result;
            JsonObject body = new JsonObject();
            Gson gson = gson();
            Integer count = list.getCount();
            List<? extends ResponseObject> items = list.getResponses();
            if (count != null && count != 0) {
                body.addProperty("count", count);
                if (items != null && !items.isEmpty()) {
                    JsonArray array = new JsonArray();
                    for (ResponseObject item : items) {
                        array.add(gson.toJsonTree(item));
                    }
                    body.add(items.get(0).getObjectName(), array);
                }
            }
            return body;
        }
        JsonElement tree = gson().toJsonTree(result);
        if (result instanceof SuccessResponse || result instanceof ExceptionResponse || result instanceof AsyncJobResponse
            || result instanceof CreateCmdResponse || result instanceof AuthenticationCmdResponse) {
            return tree;
        }
        JsonObject body = new JsonObject();
        body.add(result.getObjectName(), tree);
        return body;
    }

    /** A job result as queryAsyncJobResult nests it (CloudStack's ResponseObjectTypeAdapter). */
    static JsonElement nested(ResponseObject response, JsonSerializationContext ctx) {
        JsonObject obj = new JsonObject();
        if (response instanceof SuccessResponse) {
            SuccessResponse success = (SuccessResponse)response;
            obj.addProperty("success", success.getSuccess());
            if (success.getDisplayText() != null && !success.getDisplayText().isEmpty()) {
                obj.addProperty("details", success.getDisplayText());
            }
        } else if (response instanceof ExceptionResponse) {
            ExceptionResponse error = (ExceptionResponse)response;
            obj.addProperty("errorcode", error.getErrorCode());
            obj.addProperty("errortext", error.getErrorText());
        } else if (response instanceof ListResponse) {
            JsonObject body = toBody(response).getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : body.entrySet()) {
                obj.add(e.getKey(), e.getValue());
            }
        } else {
            obj.add(response.getObjectName(), ctx.serialize(response, response.getClass()));
        }
        return obj;
    }

    private static final class NestedResponseAdapter implements JsonSerializer<ResponseObject> {
        @Override
        public JsonElement serialize(ResponseObject src, Type typeOfSrc, JsonSerializationContext context) {
            return nested(src, context);
        }
    }

    /**
     * Response fields whose {@code @Param(authorized=…)} names roles are shown only to callers of those
     * roles (CloudStack's ApiResponseExclusionStrategy).
     */
    private static final class RoleExclusionStrategy implements ExclusionStrategy {
        private final Account.Type callerType;

        RoleExclusionStrategy(Account.Type callerType) {
            this.callerType = callerType;
        }

        @Override
        public boolean shouldSkipField(FieldAttributes f) {
            Param param = f.getAnnotation(Param.class);
            if (param == null || param.authorized().length == 0) {
                return false;
            }
            for (RoleType role : param.authorized()) {
                if (callerType != null && role.getAccountType() == callerType) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean shouldSkipClass(Class<?> clazz) {
            return false;
        }
    }

    // ---- XML: the same tree, elements named after the keys ----

    static String toXml(String responseName, JsonElement body) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        sb.append('<').append(responseName).append(" cloud-stack-version=\"").append(CLOUDSTACK_VERSION).append("\">");
        if (body != null && body.isJsonObject()) {
            appendChildren(sb, body.getAsJsonObject());
        }
        sb.append("</").append(responseName).append('>');
        return sb.toString();
    }

    private static void appendChildren(StringBuilder sb, JsonObject obj) {
        for (Map.Entry<String, JsonElement> e : obj.entrySet()) {
            appendElement(sb, e.getKey(), e.getValue());
        }
    }

    private static void appendElement(StringBuilder sb, String name, JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return;
        }
        if (value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                appendElement(sb, name, item);
            }
            return;
        }
        sb.append('<').append(name).append('>');
        if (value.isJsonObject()) {
            appendChildren(sb, value.getAsJsonObject());
        } else {
            JsonPrimitive p = value.getAsJsonPrimitive();
            sb.append(escapeXml(p.getAsString()));
        }
        sb.append("</").append(name).append('>');
    }

    static String escapeXml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '&':
                    sb.append("&amp;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&apos;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
